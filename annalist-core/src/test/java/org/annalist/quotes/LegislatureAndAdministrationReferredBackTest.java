package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two plain words news uses for a speaker named just before: "the parliament" for the legislature
 * (body-reference-words.tsv, fits LEG) and "his administration" for the leader whose office speaks
 * (reference-words.tsv, mouthpiece), as "his office said" is.
 */
class LegislatureAndAdministrationReferredBackTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-04-02 " + text);
    }

    @Test
    void theParliamentIsTheLegislatureNamedJustBefore() {
        List<Quote> quotes = quotes("BENGHAZI (Reuters) - The House of Representatives met in the eastern city of Benghazi on Tuesday "
                + "to discuss the central bank. The parliament said it would reject any governor appointed in Tripoli.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("would reject any governor"))
                .extracting(Quote::speakerName).containsExactly("House of Representatives");
    }

    @Test
    void hisAdministrationSpeaksForTheLeader() {
        List<Quote> quotes = quotes("CHISINAU (Reuters) - Separatist leader Vadim Krasnoselsky called the offer \"an insult\" on Friday. "
                + "His administration said it would not allow foreign monitors into the region's power plant.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("would not allow foreign monitors"))
                .extracting(Quote::speakerName).containsExactly("Vadim Krasnoselsky");
    }
}
