package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X officials said", X a named body: the body speaks; unnamed or numbered officials do not. */
class MembersOfABodyTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void officialsOfANamedPartySpeakForIt() {
        List<Quote> quotes = quotes("Police in Ankara detained 40 members of the Republican People's Party on Monday. "
                + "Republican People's Party officials, speaking in Istanbul, said the party would hold a second march next week.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("second march"))
                .extracting(Quote::speakerName).containsExactly("Republican People's Party");
    }

    @Test
    void officialsOfNoNamedBodyAreNoSpeaker() {
        List<Quote> quotes = quotes("Officials in both countries said the border would reopen on Friday.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("border would reopen"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }
}
