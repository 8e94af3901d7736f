package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ", he added" after words that name another person goes on with the one already talking. */
class PronounAfterReportTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void heAfterAReportNamingAnotherPersonIsTheSpeakerAlreadyTalking() {
        List<Quote> quotes = quotes("Omar Haddad, the Jordanian foreign ministry spokesman, said the talks had made progress. "
                + "\u201CWe are closer than we have ever been,\u201D he told reporters in Amman. "
                + "Deputy Foreign Minister Samir Khalil would travel to Cairo on Sunday to meet both delegations, he added.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("would travel to Cairo"))
                .extracting(Quote::speakerName).containsExactly("Omar Haddad");
    }

    @Test
    void heAfterAndIsTheNamedPerson() {
        List<Quote> quotes = quotes("Deputy Foreign Minister Samir Khalil arrived in Cairo on Sunday, and he said the talks would resume.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("talks would resume"))
                .extracting(Quote::speakerName).containsExactly("Samir Khalil");
    }

    @Test
    void aPronounAfterAnotherSpeakersReportInItsParagraphIsNotThePersonFromParagraphsBefore() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-07-01 Economists were divided. Fahad Rauf, head of research at a Karachi brokerage, "
                + "called the cut \u201Cbold but justified.\u201D\n\n"
                + "Another analyst, Sana Tawfik of Arif Habib Ltd, warned that a weaker rupee could push prices up again. "
                + "\u201CThe central bank is taking a risk,\u201D she said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("taking a risk"))
                .extracting(Quote::speakerName).doesNotContain("Fahad Rauf");
    }

    @Test
    void pronounAfterAQuestionAboutTheSamePersonIsThatPerson() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2026-10-02 Economist Hugo Ferreira said the markets were watching closely. "
                + "\u201CThey know a default would change everything,\u201D he said.\n\n"
                + "President Lucia Montes later returned to the subject. Asked whether she had spoken to the lenders, she said: "
                + "\u201CYes, and they understood our position.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().startsWith("Yes, and they"))
                .extracting(Quote::speakerName).containsExactly("Lucia Montes");
    }
}
