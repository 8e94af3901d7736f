package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A denial's clause is reported with "denied" (frame-words.tsv role denial-verb): the clause alone
 * ("its soldiers had fired on the crowd") reads as the speaker's assertion, the opposite of what
 * was said.
 */
class DenialReportTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2027-04-20 " + text);
    }

    @Test
    void aDeniedClauseKeepsItsVerb() {
        List<Quote> quotes = quotes("Kenya's interior ministry denied that its officers had fired on the crowd in Kisumu.");
        assertThat(quotes).filteredOn(quote -> !quote.direct()).extracting(Quote::text)
                .containsExactly("denied that its officers had fired on the crowd in Kisumu");
    }

    @Test
    void aDeniedClauseWithoutThatKeepsItsVerb() {
        List<Quote> quotes = quotes("In a statement, the rebel group denied it had attacked the convoy and said government troops were to blame.");
        assertThat(quotes).filteredOn(quote -> !quote.direct()).extracting(Quote::text)
                .anyMatch(text -> text.startsWith("denied it had attacked the convoy"));
    }

    @Test
    void aSaidClauseStillDropsItsVerb() {
        List<Quote> quotes = quotes("Kenya's interior ministry said that its officers had acted lawfully in Kisumu.");
        assertThat(quotes).filteredOn(quote -> !quote.direct()).extracting(Quote::text)
                .containsExactly("its officers had acted lawfully in Kisumu");
    }
}
