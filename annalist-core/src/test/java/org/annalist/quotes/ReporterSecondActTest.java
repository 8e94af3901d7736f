package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The ministry said Kyiv was shelling towns and warned that Ukraine would bear …": a reporting
 * verb the parser joins to the reported clause, and which names the clause's own subject as
 * whom it speaks about, is the reporter's second act, not that subject speaking of itself.
 */
class ReporterSecondActTest {

    @Test
    void warningAboutTheReportedSubjectIsTheReporters() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-03-04 MOSCOW (Reuters) - In Moscow, Russian foreign ministry spokeswoman "
                + "Irina Volkova said Kyiv was \"shelling peaceful towns\" and warned that Ukraine would bear \"full responsibility\" "
                + "for any escalation.");
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("full responsibility"))
                .extracting(Quote::speakerName)
                .containsExactly("Irina Volkova");
    }

    @Test
    void accusingTheBlocTheReportNamedIsTheReporters() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-05-12 ABUJA (Reuters) - Burkina Faso said in a statement that ECOWAS "
                + "had no part in the deal and accused the bloc of \"interfering in our affairs with Ghana.\"");
        // "Burkina Faso" is no actor in this parse, so no speaker, but never the accused bloc
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("interfering"))
                .extracting(Quote::speaker, Quote::attribution)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "partial-quote:governing-verb:conjunct-in-reported-clause-no-speaker"));
    }
}
