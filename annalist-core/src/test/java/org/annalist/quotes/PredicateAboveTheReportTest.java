package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "said X hoped the vote would be …", "wrote that the attack showed Moscow was not …": the parser
 * takes the inner subject for an object and makes the rest of the reported clause the head of the
 * sentence; the report still runs to its end.
 */
class PredicateAboveTheReportTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2027-07-08 " + text);
    }

    @Test
    void theReportRunsOnPastTheInnerVerbsObject() {
        List<Quote> quotes = quotes("Kenya's foreign ministry said Nairobi hoped the election would be peaceful and credible.");
        assertThat(quotes).filteredOn(quote -> !quote.direct()).extracting(Quote::text)
                .anyMatch(text -> text.contains("hoped the election would be peaceful and credible"));
    }

    @Test
    void aWrittenReportRunsOnPastTheInnerVerbsObject() {
        List<Quote> quotes = quotes("Foreign Minister Tomas Hradil wrote on X that the strike showed Moscow was not interested in talks.");
        assertThat(quotes).filteredOn(quote -> !quote.direct()).extracting(Quote::text)
                .anyMatch(text -> text.contains("the strike showed Moscow was not interested in talks"));
    }
}
