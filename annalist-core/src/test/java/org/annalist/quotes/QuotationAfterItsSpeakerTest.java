package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotations whose speaker the text named just before them, outside the quotation's own
 * sentence: a colon closing the paragraph before, a report in the sentence before, a statement
 * from a leader's office, a title with the name set off after it.
 */
class QuotationAfterItsSpeakerTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-04-11 " + text);
    }

    @Test
    void aColonClosingTheParagraphBeforeIntroducesTheQuotation() {
        List<Quote> quotes = quotes("A landslide cut the main road to the port of Haldis on Thursday.\n\n"
                + "Speaking to reporters in the capital, Transport Minister Ines Carvalho said:\n\n"
                + "\u201CThe road will stay closed for at least ten days. Ferries will carry the supplies.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("stay closed"))
                .extracting(Quote::speakerName).containsExactly("Ines Carvalho");
    }

    @Test
    void aQuotationWithNoFrameAfterAReportInItsParagraphIsTheReportersWords() {
        List<Quote> quotes = quotes("Harbour master Jonas Ekberg said the crews had worked through the night to clear the channel. "
                + "\u201CThey did not stop once.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("did not stop once"))
                .extracting(Quote::speakerName).containsExactly("Jonas Ekberg");
    }

    @Test
    void aQuotationParagraphAfterAParagraphEndingInAReportIsTheReportersWords() {
        List<Quote> quotes = quotes("Harbour master Jonas Ekberg said the channel would reopen on Friday.\n\n"
                + "\u201CThe crews worked through the night. They did not stop once.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("did not stop once"))
                .extracting(Quote::speakerName).containsExactly("Jonas Ekberg");
    }

    @Test
    void aQuotationAfterReportsByTwoSpeakersKeepsNoSpeaker() {
        List<Quote> quotes = quotes("Harbour master Jonas Ekberg said the channel was clear, while port director Maria Lund said it was not. "
                + "\u201CNobody knows who is right.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Nobody knows"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void aStatementFromAPresidentsOfficeIsThePresidentsWords() {
        List<Quote> quotes = quotes("Rebels shelled the town of Dorvik overnight. "
                + "\u201CThose who ordered this attack will be held to account,\u201D read a statement from the office of President Anton Vall.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("held to account"))
                .extracting(Quote::speakerName).containsExactly("Anton Vall");
    }

    @Test
    void aTitleWithTheNameSetOffAfterItIsThatPerson() {
        List<Quote> quotes = quotes("Energy Minister Svea Holm visited the damaged plant on Monday. "
                + "According to the regional governor, Piotr Nowak, the strike was \u201Cthe worst on the power grid this year.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.direct() && quote.text().contains("worst on the power grid"))
                .extracting(Quote::speakerName).containsExactly("Piotr Nowak");
    }
}
