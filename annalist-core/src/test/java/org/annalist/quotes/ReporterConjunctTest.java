package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The senator said the government had given away too much and called on congress to …": the appeal the parser
 * joined to the reported verb is the senator's, not the government's ({@link ReporterConjunct}).
 */
class ReporterConjunctTest {

    @Test
    void appealJoinedToAReportedPastPerfectIsTheReporters() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-04-14 SANTIAGO (Reuters) - Senator Marisol Vega said the government "
                + "had given away too much in the fisheries talks and called on congress to reject the memorandum.");

        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("called on congress"))
                .extracting(Quote::speakerName)
                .containsExactly("Marisol Vega");
    }

    @Test
    void demandJoinedToAReportedIncursionIsTheReporters() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-04-14 SANTIAGO (Reuters) - Foreign Minister Ana Rojas said the "
                + "Argentine trawler had entered Chilean waters illegally and demanded that Buenos Aires recall the vessel.");

        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("demanded"))
                .extracting(Quote::speakerName)
                .containsExactly("Ana Rojas");
    }

    @Test
    void reportedClauseWithAMaterialConjunctKeepsItsOneReporter() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-04-14 NAIROBI (Reuters) - Army spokesman Paul Njoroge said the "
                + "troops had killed 14 militants and freed three hostages near the border.");

        assertThat(quotes).extracting(Quote::text, Quote::speakerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the troops had killed 14 militants and freed three hostages near the border",
                        "Paul Njoroge"));
    }
}
