package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "It said …" right after a body's report goes on with that body, even when the report names another body. */
class ItAfterABodysReportTest {

    @Test
    void itGoesOnWithTheBodyThatWasReportingNotTheOneItNamed() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-02-17 The Israeli military said in a statement that its jets had struck "
                + "depots used by Hezbollah near Tyre. It said the group had moved rocket launchers into two villages.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("moved rocket launchers"))
                .extracting(Quote::speakerName)
                .containsExactly("Israeli military");
    }
}
