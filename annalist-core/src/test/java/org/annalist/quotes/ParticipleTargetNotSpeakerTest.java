package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "…, accusing Santiago of …", "…, urging the government to …": the noun right after a participle
 * set off by a comma is the target or hearer of the charge or appeal, never its speaker (as the
 * noun after "…,” said" is); the speaker is the subject of the clause the participle qualifies.
 */
class ParticipleTargetNotSpeakerTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-03-11 " + text);
    }

    @Test
    void theAccusedAfterAParticipleIsNotTheAccuser() {
        assertThat(quotes("President Maria Lopez went further, accusing Chile's government of sheltering armed smugglers."))
                .filteredOn(quote -> !quote.direct())
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("accusing Chile's government of sheltering armed smugglers", "Maria Lopez"));
    }

    @Test
    void aPartialQuotationInTheChargeIsTheAccusers() {
        assertThat(quotes("Peru on Monday demanded the release of six sailors held by the Chilean navy, accusing Santiago of "
                + "\"kidnapping honest workers to win votes.\""))
                .extracting(Quote::text, Quote::speakerName)
                .contains(tuple("kidnapping honest workers to win votes.", "Peru"));
    }

    @Test
    void theHearerOfAnAppealAfterAParticipleIsNotTheSpeaker() {
        assertThat(quotes("Senator Ana Ruiz, head of the opposition Green Party, went further, urging the government to expel the Bolivian envoy."))
                .filteredOn(quote -> !quote.direct())
                .extracting(Quote::speakerName)
                .containsExactly("Ana Ruiz");
    }

    @Test
    void aNameAfterAFiniteReportingVerbIsStillItsSpeaker() {
        assertThat(quotes("\"We will not leave our land,\" said Rosa Quispe, a farmer in the valley."))
                .extracting(Quote::speakerName)
                .containsExactly("Rosa Quispe");
    }
}
