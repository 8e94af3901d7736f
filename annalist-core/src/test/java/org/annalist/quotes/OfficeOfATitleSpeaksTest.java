package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body named by its holder's title ("the prime minister's office", "the presidential palace") speaks for itself;
 * a kind described after a named body ("the paramilitary group") speaks as that body.
 */
class OfficeOfATitleSpeaksTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-05-20 " + text);
    }

    @Test
    void possessedPrimeMinistersOfficeIsTheSpeaker() {
        List<Quote> quotes = quotes("Norway's prime minister's office said in a statement that the fishing talks would resume in Oslo next week.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("fishing talks would resume"))
                .extracting(Quote::speakerName).containsExactly("Norway's prime minister's office");
    }

    @Test
    void presidentialPalaceAfterTheClauseIsTheSpeaker() {
        List<Quote> quotes = quotes("MANILA, May 20 (Reuters) - The president discussed the dispute by phone with the Japanese prime minister on Tuesday, "
                + "the presidential palace said, adding that both leaders had agreed to meet in Tokyo next month.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("both leaders had agreed"))
                .extracting(Quote::speakerName).containsExactly("presidential palace");
    }

    @Test
    void describedKindAfterANamedGroupSpeaksAsThatGroup() {
        List<Quote> quotes = quotes("The Rapid Support Forces denied shelling the market in El Obeid. "
                + "The paramilitary group said the army was serving foreign interests.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("serving foreign interests"))
                .extracting(Quote::speakerName).containsExactly("Rapid Support Forces");
    }
}
