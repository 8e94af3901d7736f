package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "rejected the criticism, saying the court had applied the law": the parser often takes
 * "saying" for a subordinator of the clause after it; the clause is still the main subject's report.
 */
class ParticipleTakenForMarkerTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void theClauseAfterSayingIsTheMainSubjectsReport() {
        assertThat(quotes("President Samia Suluhu Hassan rejected the criticism, saying the court had applied Tanzanian law."))
                .filteredOn(quote -> !quote.direct())
                .extracting(Quote::text, Quote::speakerName)
                .contains(tuple("the court had applied Tanzanian law", "Samia Suluhu Hassan"));
    }

    @Test
    void aClaimOfResponsibilityIsFollowedByTheGroupsReport() {
        assertThat(quotes("Al-Shabaab claimed responsibility for the attack, saying its fighters had seized two armoured vehicles."))
                .filteredOn(quote -> !quote.direct())
                .extracting(Quote::text, Quote::speakerName)
                .contains(tuple("its fighters had seized two armoured vehicles", "Al-Shabaab"));
    }

    @Test
    void aPartialQuotationInsideTheClauseIsTheMainSubjects() {
        assertThat(quotes("Parliament Speaker Anna Kovacs defended her ruling, saying the motion had not been \"properly filed\" by the committee."))
                .filteredOn(Quote::direct)
                .extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("properly filed", "Anna Kovacs"));
    }
}
