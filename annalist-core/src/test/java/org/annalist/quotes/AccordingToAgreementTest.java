package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "According to a joint statement, the two sides agreed to …": a reporting verb that reports
 * nothing of its own ("agreed to") does not take the clause from its source; the clause, with its
 * subject, is what the source says. A verb with a reported clause of its own keeps it.
 */
class AccordingToAgreementTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2027-08-19 " + text);
    }

    @Test
    void anAgreementIsWhatTheSourceSays() {
        List<Quote> quotes = quotes("According to a joint statement, the two governments agreed to reopen the border crossing at Nogales next month.");
        assertThat(quotes).filteredOn(quote -> !quote.direct()).extracting(Quote::text)
                .anyMatch(text -> text.startsWith("the two governments agreed to reopen the border crossing"));
    }

    @Test
    void aReportWithItsOwnClauseKeepsItsSpeaker() {
        List<Quote> quotes = quotes("Chile's foreign ministry said Santiago would send two ships to the area, according to a statement.");
        assertThat(quotes).filteredOn(quote -> !quote.direct()).extracting(Quote::speakerName).containsExactly("Chile's foreign ministry");
    }
}
