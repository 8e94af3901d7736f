package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Outlets the text never names carry a report; they are not its speaker. */
class UnnamedMediaTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void stateMediaReportingIsNoSpeaker() {
        List<Quote> quotes = quotes("Egypt's navy intercepted a fishing boat carrying 80 migrants off Alexandria on Monday, "
                + "and arrested its captain, Egyptian state media reported.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("intercepted a fishing boat"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void aNamedOutletStillSpeaks() {
        List<Quote> quotes = quotes("The Korean Central News Agency said the test had been a success.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("test had been a success"))
                .extracting(Quote::speakerName).containsExactly("KCNA");
    }
}
