package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotations whose frame is not a reporting verb beside the quote marks: a question whose frame
 * the sentence splitter cut off, a clause ending in a colon, a verb that takes a stand.
 */
class FrameBeyondTheReportingVerbTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-03-02 " + text);
    }

    @Test
    void aQuestionWhoseFrameTheSplitterCutOffIsTheAskers() {
        List<Quote> quotes = quotes("Floods destroyed the only bridge into Marsdale on Sunday.\n\n"
                + "\u201CWho will rebuild the bridge now?\u201D asked Mayor Tomas Berg. \u201CThe town has no money left.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("rebuild the bridge"))
                .extracting(Quote::speakerName).containsExactly("Tomas Berg");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("no money left"))
                .extracting(Quote::speakerName).containsExactly("Tomas Berg");
    }

    @Test
    void aColonAfterAClauseWithANamedSubjectIntroducesThatPersonsWords() {
        List<Quote> quotes = quotes("Unions called a general strike for Monday. "
                + "Finance Minister Lena Morel was defiant: \u201CWe will not raise taxes to pay for this.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("raise taxes"))
                .extracting(Quote::speakerName).containsExactly("Lena Morel");
    }

    @Test
    void aColonAfterTheMessageOfANamedPersonIntroducesThatPersonsWords() {
        List<Quote> quotes = quotes("Dock workers blocked the port of Velmar for a third day. "
                + "Prime Minister Ravi Osei's message to the strikers was blunt: \u201CGo back to work. The port must reopen.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Go back to work"))
                .extracting(Quote::speakerName).containsExactly("Ravi Osei");
    }

    @Test
    void aColonAfterAClauseThatNamesNoActorGivesNoSpeaker() {
        List<Quote> quotes = quotes("Trade fell sharply after the border closed. "
                + "The mood in the central market was grim: \u201CNobody is buying anything this week.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Nobody is buying"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void aVerbThatTakesAStandAttributesThePartialQuoteItGoverns() {
        List<Quote> quotes = quotes("Opposition leader Mara Vidal slammed the budget as \u201Ca gift to the banks\u201D on Tuesday. "
                + "Central bank governor Piet Aalders voiced \u201Cfull confidence\u201D in the currency.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("gift to the banks"))
                .extracting(Quote::speakerName).containsExactly("Mara Vidal");
        assertThat(quotes).filteredOn(quote -> quote.text().equals("full confidence"))
                .extracting(Quote::speakerName).containsExactly("Piet Aalders");
    }

    @Test
    void aVerbThatTakesAStandReportsNoIndirectSpeech() {
        List<Quote> quotes = quotes("Opposition leader Mara Vidal expressed concern that the talks on the budget would fail.");
        assertThat(quotes).extracting(Quote::text).noneMatch(text -> text.contains("talks on the budget would fail"));
    }
}
