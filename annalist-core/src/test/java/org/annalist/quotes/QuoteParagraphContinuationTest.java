package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A paragraph that is only a quotation goes on with the speaker who closed the paragraph before. */
class QuoteParagraphContinuationTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void aBareQuotationParagraphContinuesTheLastNamedSpeaker() {
        List<Quote> quotes = quotes("Norway will double its military aid to Ukraine next year, Defence Minister Jonas Berg said on Friday.\n\n"
                + "\u201CWe will not stand aside while a neighbour is attacked,\u201D Berg told a news conference in Oslo.\n\n"
                + "\u201COur support will last as long as it is needed.\u201D\n\n"
                + "Berg said the package would include air defence systems.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("as long as it is needed"))
                .extracting(Quote::speakerName).containsExactly("Jonas Berg");
    }

    @Test
    void anInvertedAttributionIsContinuedToo() {
        List<Quote> quotes = quotes("Fighting around Goma forced thousands of families to flee this week, aid agencies said.\n\n"
                + "\u201CThere is no food left in the camp,\u201D said Amina Bahati, the head of the camp's health committee.\n\n"
                + "\u201CWe have asked for help many times, but nobody comes.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("nobody comes"))
                .extracting(Quote::speakerName).containsExactly("Amina Bahati");
    }

    @Test
    void aParagraphWithWordsOfItsOwnIsNoContinuation() {
        List<Quote> quotes = quotes("\u201CWe will stay until the government listens,\u201D farmers' leader Hilario Quispe said on Monday.\n\n"
                + "Police arrived at noon. \u201CGo home now.\u201D\n\n"
                + "The blockade was lifted in the evening.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Go home now"))
                .extracting(Quote::speakerName).doesNotContain("Hilario Quispe");
    }

    @Test
    void aQuotationAfterNarrationNamingNobodyElseContinuesTheSpeaker() {
        List<Quote> quotes = quotes("\u201CWe will stay until the government listens,\u201D farmers' leader Hilario Quispe said on Monday. "
                + "Hundreds of trucks were stuck on the highway.\n\n"
                + "\u201CWe have lost three days of deliveries.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("three days of deliveries"))
                .extracting(Quote::speakerName).containsExactly("Hilario Quispe");
    }

    @Test
    void aQuotationAfterNarrationNamingAnotherActorIsNoContinuation() {
        List<Quote> quotes = quotes("\u201CWe will stay until the government listens,\u201D farmers' leader Hilario Quispe said on Monday. "
                + "Interior Minister Carla Medina flew to the region by helicopter.\n\n"
                + "\u201CWe have lost three days of deliveries.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("three days of deliveries"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void aQuotationAfterMoreThanTwoSentencesOfNarrationIsNoContinuation() {
        List<Quote> quotes = quotes("\u201CWe will stay until the government listens,\u201D farmers' leader Hilario Quispe said on Monday. "
                + "Hundreds of trucks were stuck on the highway. The queue stretched for miles. Fuel ran short in the towns.\n\n"
                + "\u201CWe have lost three days of deliveries.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("three days of deliveries"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }
}
