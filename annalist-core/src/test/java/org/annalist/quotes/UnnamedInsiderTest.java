package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An unnamed official of a body talks for himself; a spokesperson of the body talks for it. */
class UnnamedInsiderTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void anUnnamedOfficialOfANamedBodyIsNoSpeaker() {
        List<Quote> quotes = quotes("The State Department welcomed the release on Sunday. "
                + "A State Department official, speaking on condition of anonymity, said the deal did not change U.S. policy.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("did not change U.S. policy"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void aSpokesmanOfANamedBodySpeaksForIt() {
        List<Quote> quotes = quotes("The Kremlin rejected the proposal on Monday. "
                + "A Kremlin spokesman said Moscow would not take part in the talks.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("would not take part"))
                .extracting(Quote::speakerName).containsExactly("Kremlin");
    }
}
