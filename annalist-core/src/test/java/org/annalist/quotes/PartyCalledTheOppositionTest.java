package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The opposition Unity Bloc … the party said": a body the text calls the opposition is a party
 * for a later "the party" while the article is still being read, before the actors stage gives it
 * its OPP sector at the end; a body nobody calls a party or the opposition is not.
 */
class PartyCalledTheOppositionTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-05-20 " + text);
    }

    @Test
    void thePartyIsTheBodyJustCalledTheOpposition() {
        List<Quote> quotes = quotes("TBILISI (Reuters) - The opposition Unity Bloc, led by former President Giorgi Beridze, accused the government "
                + "of rigging the count. Police detained four of its organisers on Friday, the party said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Police detained four of its organisers"))
                .extracting(Quote::speakerName).containsExactly("opposition Unity Bloc");
    }

    @Test
    void thePartyIsNotABodyNobodyCallsAPartyOrTheOpposition() {
        List<Quote> quotes = quotes("TBILISI (Reuters) - The Unity Bloc, led by former President Giorgi Beridze, met in the capital on Thursday. "
                + "Police detained four of its organisers on Friday, the party said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Police detained four of its organisers"))
                .extracting(Quote::speakerName).doesNotContain("Unity Bloc", "opposition Unity Bloc");
    }
}
