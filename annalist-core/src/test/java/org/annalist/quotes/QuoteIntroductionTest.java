package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A frameless quotation right after a sentence setting up one person is that person's. */
class QuoteIntroductionTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-10-03 " + text);
    }

    @Test
    void aPersonSetUpInTheSentenceBeforeSpeaksTheQuotation() {
        List<Quote> quotes = quotes("The army said on Tuesday it had retaken the bridge.\n\n"
                + "Army spokesman Brigadier General Omar Salih, speaking on state television, was confident. "
                + "\u201CThe enemy has been pushed back across the river.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("pushed back"))
                .extracting(Quote::speakerName).containsExactly("Omar Salih");
    }

    @Test
    void aSentenceNamingTwoPersonsSetsUpNobody() {
        List<Quote> quotes = quotes("The army said on Tuesday it had retaken the bridge.\n\n"
                + "General Omar Salih met Colonel Idris Musa at the front. "
                + "\u201CThe enemy has been pushed back across the river.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("pushed back"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }
}
