package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words quoted in a clause the parser hung from the wrong reporting verb: a nearer reporter
 * inside that clause ("a request Haugen said Oslo would “…”"), or a verb whose subject
 * the parser took from the quoted words themselves ("“…”, a charge Accra has denied").
 */
class NearerReporterOfPartialQuoteTest {

    private static List<Quote> direct(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text).stream().filter(Quote::direct).toList();
    }

    @Test
    void aReporterBetweenTheRequestAndTheQuotationIsTheSpeaker() {
        List<Quote> quotes = direct("Norwegian Foreign Minister Kari Haugen visited Accra on Monday. "
                + "Ghana president also asked Norway to reopen its labour scheme to more seasonal workers from the islands, "
                + "a request Haugen said Oslo would \"study very closely.\"");
        assertThat(quotes).extracting(Quote::text, Quote::speakerName)
                .containsExactly(tuple("study very closely.", "Kari Haugen"));
    }

    @Test
    void aVerbWhoseSubjectIsTheQuotedWordsDoesNotReportThem() {
        List<Quote> quotes = direct("Burkina Faso's Security Minister General Mahamadou Sana said on state radio that Ghana was sheltering "
                + "foreign agents \"to destabilise the region\", an accusation Accra has repeatedly denied.");
        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Mahamadou Sana");
    }
}
