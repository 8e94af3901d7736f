package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers the article itself identifies: a leader's spokesman, a body's bracketed acronym,
 * a body described right before its name.
 */
class SpeakerThroughTheArticleTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void hisSpokesmanAfterALeaderReportsTheLeadersWords() {
        List<Quote> quotes = quotes("Foreign ministry spokesman Tomas Ruiz said the border would stay closed. "
                + "Chilean President Ana Beltran also urged both governments to resume talks, his spokesman said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("Ana Beltran also urged"))
                .extracting(Quote::speakerName).containsExactly("Ana Beltran");
    }

    @Test
    void aSpokesmanWithoutAPossessiveIsNotTheLeader() {
        List<Quote> quotes = quotes("Chilean President Ana Beltran met the mayors of three northern towns on Monday. "
                + "A spokesman said the talks would continue next week.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("talks would continue"))
                .extracting(Quote::speakerName).doesNotContain("Ana Beltran");
    }

    @Test
    void aBracketedAcronymAfterAPartysNameIsThatParty() {
        List<Quote> quotes = quotes("The Union for Democratic Renewal (UDR), the main opposition party, rejected the results on Sunday. "
                + "UDR said it would challenge the count in court.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("challenge the count"))
                .extracting(Quote::speakerName).containsExactly("Union for Democratic Renewal");
    }

    @Test
    void aBodyDescribedBeforeItsNameIsThatBodyLater() {
        List<Quote> quotes = quotes("Turkey has expelled Ali Demir, a correspondent for the French broadcaster France 24, the broadcaster said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("expelled Ali Demir"))
                .extracting(Quote::speakerName).containsExactly("France 24");
    }

    @Test
    void aQuotationWhoseNextSentenceSaysWhoseVerdictItWasIsThatPersons() {
        List<Quote> quotes = quotes("The Danube fell to its lowest level in a century this week.\n\n"
                + "\u201CI have never seen the river this low.\u201D That was how harbour master Petra Lind described the drought on Tuesday.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("never seen the river"))
                .extracting(Quote::speakerName).containsExactly("Petra Lind");
        List<Quote> message = quotes("\u201CWe will not sign a deal that leaves our farmers behind.\u201D "
                + "That was the message from Irish Agriculture Minister Conor Walsh, who spoke in Brussels.");
        assertThat(message).filteredOn(quote -> quote.text().contains("leaves our farmers"))
                .extracting(Quote::speakerName).containsExactly("Conor Walsh");
    }

    @Test
    void aMessageANamedPersonDeliveredIsThatPersons() {
        List<Quote> quotes = quotes("Venezuela sent two warships toward the disputed waters on Sunday.\n\n"
                + "\u201CWe will defend every metre of our coast.\u201D That was the warning President Mia Ramdin gave in a televised address on Monday.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("every metre of our coast"))
                .extracting(Quote::speakerName).containsExactly("Mia Ramdin");
    }

    @Test
    void aThatWasSentenceAboutSomethingElseNamesNoSpeaker() {
        List<Quote> quotes = quotes("\u201CThe river has never been this low.\u201D That was a record for the month, the port authority said.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("never been this low"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void aNominalWithARankedNameInAppositionIsThatPerson() {
        List<Quote> quotes = quotes("Defence spokesman Pavel Novak told reporters the drills were routine. "
                + "Serbia's army chief, Lieutenant General Milan Ilic, has accused Zagreb of provocation. "
                + "He said the exercise would go ahead as planned.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("go ahead as planned"))
                .extracting(Quote::speakerName).containsExactly("Milan Ilic");
    }

    @Test
    void accordingToAStatementFromABodyIsThatBodys() {
        List<Quote> quotes = quotes("Two aid workers were detained at a checkpoint near Goma, according to a statement from the World Food Programme.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("detained at a checkpoint"))
                .extracting(Quote::speakerName).containsExactly("World Food Programme");
    }

    @Test
    void aReportingVerbInAConditionIsNoReportOfItsOwn() {
        List<Quote> quotes = quotes("Canada would also send two water engineers if Lima asked for them, the ambassador added.");
        assertThat(quotes).extracting(Quote::text).anyMatch(text -> text.contains("two water engineers if Lima asked"));
        assertThat(quotes).extracting(Quote::text).noneMatch(text -> text.equals("for them"));
    }

    @Test
    void aLeadClauseBeforeTheAttributionIsReported() {
        List<Quote> quotes = quotes("Floods swept away at least 30 homes in the Chitral valley overnight, police said, the worst damage in a decade.");
        assertThat(quotes).extracting(Quote::text).anyMatch(text -> text.startsWith("Floods swept away at least 30 homes"));
    }

    @Test
    void itAfterACountrySubjectInItsSentenceIsThatCountry() {
        List<Quote> quotes = quotes("Peru closed two border crossings on Friday after a clash in the Amazon, and it accused Bogota of arming smugglers.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("arming smugglers"))
                .extracting(Quote::speakerName).containsExactly("Peru");
        List<Quote> two = quotes("Peru and Chile closed two border crossings after Ecuador protested, and it accused Bogota of arming smugglers.");
        assertThat(two).filteredOn(quote -> quote.text().contains("arming smugglers"))
                .extracting(Quote::speakerName).doesNotContain("Peru", "Ecuador");
    }

    @Test
    void quotedWordsBeforeAndSaidAreNotTheSpeaker() {
        List<Quote> quotes = quotes("Hezbollah denied the report on Monday. The group called the charges \u201Clies from start to finish\u201D "
                + "and said it would sue the newspaper in a Beirut court.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("sue the newspaper"))
                .extracting(Quote::speakerName).containsExactly("Hezbollah");
    }

    @Test
    void wordsQuotedAfterThankedAreTheThankers() {
        List<Quote> quotes = quotes("The freed sailors landed in Athens on Friday. Greek Foreign Minister Eleni Vasilaki thanked Oman on X "
                + "for its \u201Cpatient and quiet mediation.\u201D");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("patient and quiet mediation"))
                .extracting(Quote::speakerName).containsExactly("Eleni Vasilaki");
    }
}
