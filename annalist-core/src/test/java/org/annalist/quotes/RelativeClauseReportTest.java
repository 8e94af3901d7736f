package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "tankers it said had moved Iranian oil": a source slipped into a relative clause reports what the clause says. */
class RelativeClauseReportTest {

    private static List<Quote> indirect(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text).stream().filter(quote -> !quote.direct()).toList();
    }

    @Test
    void aPronounSourceAfterTheNounReportsTheClause() {
        assertThat(indirect("Japan on Friday imposed sanctions on four trading companies it said had shipped drone parts to Russia."))
                .extracting(Quote::text, Quote::speakerName)
                .contains(tuple("had shipped drone parts to Russia", "Japan"));
    }

    @Test
    void aCapitalAsSourceAfterTheNounReportsTheClause() {
        assertThat(indirect("Israel has kept soldiers at three border posts, a move Damascus says breaches the 1974 agreement."))
                .extracting(Quote::text, Quote::speakerName)
                .contains(tuple("breaches the 1974 agreement", "Syria"));
    }

    @Test
    void anUnnamedSourceAfterARelativeWordIsNoSpeakerAndIsCutFromTheReportAroundIt() {
        List<Quote> quotes = indirect("Armenia accused Azerbaijan on Sunday of breaking the truce, after a night of shelling "
                + "that officials on both sides said wounded at least six soldiers.");
        assertThat(quotes).extracting(Quote::text, Quote::speakerName)
                .contains(tuple("wounded at least six soldiers", null));
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("accused") || quote.text().startsWith("breaking"))
                .extracting(Quote::text).noneMatch(text -> text.contains("wounded"));
    }

    @Test
    void aDeterminedNounAsSourceReportsTheClause() {
        assertThat(indirect("A court in Bishkek sentenced the opposition leader to seven years in prison, "
                + "a verdict his supporters said was meant to silence critics before the election."))
                .extracting(Quote::text, Quote::speakerName)
                .contains(tuple("was meant to silence critics before the election", null));
    }

    @Test
    void twoWordsBeforeAQuotationAreNoReport() {
        assertThat(indirect("China sent warships around the island in what Beijing said was a \"stern warning to separatists\"."))
                .extracting(Quote::text).noneMatch(text -> text.startsWith("was a"));
    }
}
