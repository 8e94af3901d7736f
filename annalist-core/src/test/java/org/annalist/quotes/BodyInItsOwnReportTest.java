package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A body referred to by "it" or "its" inside its own report is that body. */
class BodyInItsOwnReportTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-05-20 " + text);
    }

    @Test
    void itInsideABodysOwnReportIsThatBody() {
        List<Quote> quotes = quotes("Britain's Royal Navy escorted the ferry into port on Sunday. "
                + "The French navy said it had sent a frigate to the area and accused Russia of \u201Creckless conduct at sea.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.direct() && quote.text().contains("reckless conduct"))
                .extracting(Quote::speakerName).containsExactly("French navy");
    }

    @Test
    void itsForeignMinistryAfterACountryIsThatCountry() {
        List<Quote> quotes = quotes("Argentina, which borders both countries, said it was ready to mediate, "
                + "and its foreign ministry said Argentine troops had been sent to the northern frontier as a precaution.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Argentine troops had been sent"))
                .extracting(Quote::speakerName).containsExactly("Argentina");
    }
}
