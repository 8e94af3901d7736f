package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "ruled that …", "…, ruling that …": a court's ruling is its statement, reported as the court's
 * indirect speech (speech-verbs.tsv lists "rule" as a speech verb).
 */
class CourtRulingReportTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2027-05-14 " + text);
    }

    @Test
    void aRulingParticipleReportsTheCourtsFinding() {
        List<Quote> quotes = quotes("Zambia's Constitutional Court on Friday struck down the new cyber law, ruling that "
                + "several of its clauses violated the right to free expression.");
        assertThat(quotes).filteredOn(quote -> !quote.direct())
                .filteredOn(quote -> quote.text().startsWith("several of its clauses violated the right to free expression"))
                .extracting(Quote::speakerName).containsExactly("Constitutional Court");
    }

    @Test
    void ruledOutIsNoReport() {
        List<Quote> quotes = quotes("The finance ministry ruled out any new taxes this year.");
        assertThat(quotes).isEmpty();
    }
}
