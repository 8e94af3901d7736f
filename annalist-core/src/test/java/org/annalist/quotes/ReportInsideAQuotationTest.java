package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "“We are doing what voters asked us to do,” Lindqvist told a party congress": a reporting verb
 * inside a direct quotation whose report runs on past the closing mark into the frame is the
 * quoted speaker's own words, not indirect speech.
 */
class ReportInsideAQuotationTest {

    @Test
    void reportRunningOutOfTheQuotationIsNoIndirectSpeech() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2027-01-20 \u201CWe are doing exactly what voters asked us to do,\u201D "
                + "Prime Minister Erik Lindqvist told a party congress in Malmo.");
        assertThat(quotes).filteredOn(quote -> !quote.direct()).extracting(Quote::text)
                .noneMatch(text -> text.contains("\u201D"));
        assertThat(quotes).filteredOn(Quote::direct).extracting(Quote::speakerName).containsExactly("Erik Lindqvist");
    }
}
