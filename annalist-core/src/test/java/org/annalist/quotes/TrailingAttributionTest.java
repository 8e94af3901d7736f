package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "<clause>, <speaker> said." read from its words when the parser hangs "said" inside the clause. */
class TrailingAttributionTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void aLeadWhoseSaidTheParserHangsInsideTheClauseIsStillReported() {
        List<Quote> quotes = quotes("Turkey has detained 14 people suspected of spying for a foreign intelligence service, "
                + "Interior Minister Ali Yerlikaya said on Thursday.");
        assertThat(quotes).filteredOn(quote -> !quote.direct())
                .extracting(Quote::text, Quote::speakerName)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "Turkey has detained 14 people suspected of spying for a foreign intelligence service", "Ali Yerlikaya"));
    }

    @Test
    void anUnnamedSpeakerGivesTheReportWithoutASpeaker() {
        List<Quote> quotes = quotes("The United States has offered to help Nigeria find the abducted schoolchildren, "
                + "two diplomats familiar with the matter said on Wednesday.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("find the abducted schoolchildren"))
                .singleElement().extracting(Quote::speakerName).isNull();
    }

    @Test
    void aClauseAfterTheVerbIsNoTrailingFrame() {
        List<Quote> quotes = quotes("Police fired tear gas in the capital, and on Friday the minister said nothing.");
        assertThat(quotes).noneMatch(quote -> quote.text().contains("Police fired tear gas"));
    }

    @Test
    void aReducedRelativeClauseAfterTheCommaIsNoSpeaker() {
        List<Quote> quotes = quotes("Serbia accused Kosovo on Monday of arming a militia in the north of the territory, a charge Pristina denied.");
        assertThat(quotes).filteredOn(quote -> quote.attribution() != null && quote.attribution().startsWith("indirect:trailing-attribution")).isEmpty();
    }

    @Test
    void anInvertedTrailingAttributionNamesItsSpeaker() {
        List<Quote> quotes = quotes("Kenyan police will stay in Haiti for another year under the new mandate agreed by the council, "
                + "said Interior Minister Kipchumba Murkomen on Tuesday.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("stay in Haiti"))
                .extracting(Quote::speakerName).containsExactly("Kipchumba Murkomen");
    }

    @Test
    void aReportRightAfterAQuotationThatEndedItsSentenceIsFound() {
        List<Quote> quotes = quotes("\u201CWe did not ask for this fight,\u201D Prime Minister Tom Kalsakau said. \u201CBut we will not look away."
                + "\u201D New Zealand offered to send a team of police advisers to Port Vila, he added.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("offered to send a team"))
                .extracting(Quote::speakerName).containsExactly("Tom Kalsakau");
    }

    @Test
    void aParentheticalAttributionReportsTheSentenceAroundIt() {
        List<Quote> quotes = quotes("Interior Minister Ana Ruiz spoke to reporters in Quito on Monday.\n\n"
                + "The curfew, she said, would be lifted on Friday if the streets stayed calm.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("would be lifted on Friday"))
                .extracting(Quote::speakerName).containsExactly("Ana Ruiz");
    }

    @Test
    void aReportingWordWithNothingToReportStaysInTheReport() {
        List<Quote> quotes = quotes("Col. Jean Habimana, a Burundian army spokesman, told reporters the rebels had been "
                + "\u201Cpushed back across the river\u201D and that patrols would continue.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("patrols would continue"))
                .extracting(Quote::speakerName).containsExactly("Jean Habimana");
    }
}
