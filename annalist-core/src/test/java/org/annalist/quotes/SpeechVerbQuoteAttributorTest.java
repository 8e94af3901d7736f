package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.MentionKind;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

class SpeechVerbQuoteAttributorTest {

    private static final SpeechVerbQuoteAttributor ATTRIBUTOR = new SpeechVerbQuoteAttributor(SpeechVerbs.bundled());

    private record Run(AnnotatedDocument document, List<Quote> quotes) {
        Quote containing(String words) {
            return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
                    .orElseThrow(() -> new AssertionError("no quote contains \"" + words + "\" in " + quotes));
        }
    }

    private static Run run(String text, java.util.function.Function<HandBuiltActors, HandBuiltActors> actors) {
        AnnotatedDocument document = SharedLanguage.annotate("t", text);
        ActorAnalysis analysis = actors.apply(new HandBuiltActors(document.text())).build();
        List<Quote> quotes = ATTRIBUTOR.attribute(document, analysis);
        for (Quote quote : quotes) {
            assertThat(document.text().substring(quote.start(), quote.end())).isEqualTo(quote.text());
        }
        return new Run(document, quotes);
    }

    @Test
    void attributesQuoteThroughPronounAfterIt() {
        Run run = run("Karim Haddad arrived in Beirut on Monday.\n\n"
                + "“The talks were difficult but useful,” he added.",
                a -> a.entity("Karim Haddad", "Karim Haddad", "he"));
        Quote quote = run.containing("talks were difficult");
        assertThat(quote.text()).isEqualTo("The talks were difficult but useful,");
        assertThat(quote.direct()).isTrue();
        assertThat(quote.speakerName()).isEqualTo("Karim Haddad");
        assertThat(quote.attribution()).isEqualTo("speech-verb-after-quote:nsubj");
    }

    @Test
    void attributesQuoteWithSpeakerBeforeIt() {
        Run run = run("Mariam Okafor spoke in Geneva. Okafor said: “We need a truce within days.”",
                a -> a.entity("Mariam Okafor", "Mariam Okafor", "Okafor"));
        Quote quote = run.containing("truce within days");
        assertThat(quote.speakerName()).isEqualTo("Mariam Okafor");
        assertThat(quote.attribution()).isEqualTo("speech-verb-before-quote:nsubj");
    }

    @Test
    void attributesQuoteThroughNominalMention() {
        Run run = run("Major General Farid Aliyev met his counterpart in Baku.\n\n"
                + "“Our armies will train together next spring,” the Azeri official said, noting that the plan was agreed.",
                a -> a.entity("Farid Aliyev", "Farid Aliyev", "the Azeri official"));
        Quote quote = run.containing("armies will train");
        assertThat(quote.speakerName()).isEqualTo("Farid Aliyev");
        Quote noted = run.containing("the plan was agreed");
        assertThat(noted.direct()).isFalse();
        assertThat(noted.speakerName()).isEqualTo("Farid Aliyev");
    }

    @Test
    void attributesInvertedSpeechVerb() {
        Run run = run("\"Nothing has been decided yet,\" said Haddad.",
                a -> a.entity("Karim Haddad", "Haddad"));
        Quote quote = run.containing("Nothing has been decided");
        assertThat(quote.text()).isEqualTo("Nothing has been decided yet,");
        assertThat(quote.speakerName()).isEqualTo("Karim Haddad");
    }

    @Test
    void givesEveryPartOfAMultiParagraphQuoteTheSameSpeaker() {
        Run run = run("Okafor said: “Every day without a pause is a day lost.\n\n"
                + "“I have asked both sides to open the roads.”\n\nThe fighting continued.",
                a -> a.entity("Mariam Okafor", "Okafor"));
        assertThat(run.containing("Every day without").speakerName()).isEqualTo("Mariam Okafor");
        Quote second = run.containing("asked both sides");
        assertThat(second.text()).isEqualTo("I have asked both sides to open the roads.");
        assertThat(second.speakerName()).isEqualTo("Mariam Okafor");
        assertThat(second.attribution()).startsWith("continued-quote:previous-paragraph");
    }

    @Test
    void carriesTheSpeakerOfAMidParagraphAttributionIntoTheParagraphThatContinuesTheQuote() {
        Run run = run("Rohan Mehta spoke in New Delhi.\n\n"
                + "“We will judge the deal on the ground,” he said. “Our patrols will check every step.\n\n"
                + "“Trust has to be rebuilt, and that takes time.”",
                a -> a.entity("Rohan Mehta", "Rohan Mehta", "he"));
        assertThat(run.containing("patrols will check").speakerName()).isEqualTo("Rohan Mehta");
        Quote third = run.containing("Trust has to be rebuilt");
        assertThat(third.speakerName()).isEqualTo("Rohan Mehta");
        assertThat(third.attribution()).startsWith("continued-quote:previous-paragraph:continued-quote:same-paragraph");
    }

    @Test
    void givesASecondReportingVerbParsedInsideTheFirstReportTheFirstSpeaker() {
        Run run = run("Finance Minister Dawit Worku noted that inflation had fallen to its lowest level in four years "
                + "and said the government would use part of the loan to settle arrears with fuel importers.",
                a -> a.entity("Dawit Worku", "Dawit Worku"));
        Quote second = run.containing("use part of the loan");
        assertThat(second.speakerName()).isEqualTo("Dawit Worku");
        assertThat(second.attribution()).endsWith(":reporter-conjunct");
    }

    @Test
    void givesAPlainPastReportingVerbJoinedToABackshiftedReportTheReporter() {
        Run run = run("Government spokesman Dawit Alemu said the army had reopened the road and blamed the militia for looting aid trucks.",
                a -> a.entity("Dawit Alemu", "Dawit Alemu").entity("army", "ORGANIZATION", MentionKind.NOMINAL, "the army"));
        Quote accusation = run.containing("looting aid trucks");
        assertThat(accusation.speakerName()).isEqualTo("Dawit Alemu");
        assertThat(accusation.attribution()).endsWith(":reporter-conjunct");
    }

    @Test
    void anUnnamedGroupIsNoSpeakerAfterAccordingTo() {
        Run run = run("According to Indian officials familiar with the talks, the agreement creates a buffer zone on each side.",
                a -> a.entity("Indian officials", "GROUP", MentionKind.NOMINAL, "Indian officials"));
        Quote quote = run.containing("creates a buffer zone");
        assertThat(quote.speakerName()).isNull();
        assertThat(quote.attribution()).isEqualTo("indirect:according-to:unnamed-group");
    }

    @Test
    void takesANameLeftAsTheSentenceRootForTheSubjectOfItsFirstVerb() {
        Run run = run("Sami Trabelsi, a spokesman for the Tunisian Forum for Economic and Social Rights, said at least 90 people "
                + "had been left near the Libyan border since June.",
                a -> a.entity("Sami Trabelsi", "Sami Trabelsi"));
        Quote quote = run.containing("at least 90 people");
        assertThat(quote.speakerName()).isEqualTo("Sami Trabelsi");
        assertThat(quote.attribution()).endsWith(":name-at-root");
    }

    @Test
    void attributesPartialQuoteToTheSubjectOfTheGoverningVerb() {
        Run run = run("The Iranian official considered Azerbaijan to be of an “important and effective position” in the region.",
                a -> a.entity("Mohammad Rahimi", "The Iranian official"));
        Quote quote = run.containing("important and effective position");
        assertThat(quote.text()).isEqualTo("important and effective position");
        assertThat(quote.direct()).isTrue();
        assertThat(quote.speakerName()).isEqualTo("Mohammad Rahimi");
        assertThat(quote.attribution()).startsWith("partial-quote:governing-verb");
    }

    @Test
    void findsIndirectSpeechWithThatWithoutTheWordThat() {
        Run run = run("Foreign Minister Lena Brandt stressed that the border would stay open to trade.",
                a -> a.entity("Lena Brandt", "Lena Brandt"));
        Quote quote = run.containing("border would stay open");
        assertThat(quote.text()).isEqualTo("the border would stay open to trade");
        assertThat(quote.direct()).isFalse();
        assertThat(quote.speakerName()).isEqualTo("Lena Brandt");
    }

    @Test
    void splitsReportsJoinedByAndThatKeepingTheSecondClausesThat() {
        Run run = run("Karim Haddad said the talks had failed and that a new round would start in May.",
                a -> a.entity("Karim Haddad", "Karim Haddad"));
        assertThat(run.quotes()).extracting(Quote::text)
                .containsExactly("the talks had failed", "that a new round would start in May");
        assertThat(run.quotes()).extracting(Quote::speakerName).containsOnly("Karim Haddad");
    }

    @Test
    void keepsAGappedConjunctInOneReport() {
        Run run = run("Colonel Amadou Diallo said in a statement that six soldiers had been killed and eleven wounded.",
                a -> a.entity("Amadou Diallo", "Amadou Diallo"));
        assertThat(run.quotes()).extracting(Quote::text).containsExactly("six soldiers had been killed and eleven wounded");
    }

    @Test
    void findsIndirectSpeechIntroducedByAccordingTo() {
        Run run = run("According to the World Bank, the economy will grow by three percent next year.",
                a -> a.entity("World Bank", "World Bank"));
        Quote quote = run.containing("economy will grow");
        assertThat(quote.text()).isEqualTo("the economy will grow by three percent next year");
        assertThat(quote.direct()).isFalse();
        assertThat(quote.speakerName()).isEqualTo("World Bank");
        assertThat(quote.attribution()).isEqualTo("indirect:according-to");
    }

    @Test
    void leavesAChantedSloganWithoutANamedChanterUnattributed() {
        Run run = run("Karim Haddad watched from a balcony as protesters chanted “the people want the fall of the regime” outside.",
                a -> a.entity("Karim Haddad", "Karim Haddad"));
        Quote quote = run.containing("the people want");
        assertThat(quote.speaker()).isNull();
        assertThat(quote.direct()).isTrue();
    }

    @Test
    void anUnnamedGroupIsNoSpeaker() {
        Run run = run("“We will stay here until the minister resigns,” protesters said on Sunday.",
                a -> a.entity("protesters", "GROUP", MentionKind.NOMINAL, "protesters"));
        Quote quote = run.containing("We will stay here");
        assertThat(quote.speaker()).isNull();
        assertThat(quote.attribution()).isEqualTo("speech-verb-after-quote:nsubj-unnamed-group");
    }

    @Test
    void aNationalityWordIsNotTheSpeakerItModifies() {
        Run run = run("“The exercise went well,” the Azeri general told reporters.",
                a -> a.entity("Azerbaijan", "COUNTRY", MentionKind.DEMONYM, "Azeri"));
        assertThat(run.containing("exercise went well").speaker()).isNull();
    }

    @Test
    void anAppositiveNameOutranksARoleNoun() {
        Run run = run("Its spokesman, Khaing Min Aung, said the group treated all communities equally.",
                a -> a.entity("Nazrul Chowdhury", "PERSON", MentionKind.NOMINAL, "Its spokesman")
                        .entity("Khaing Min Aung", "Khaing Min Aung"));
        assertThat(run.containing("treated all communities").speakerName()).isEqualTo("Khaing Min Aung");
    }

    @Test
    void dropsTwoWordScareQuotesThatNoVerbReports() {
        Run run = run("The so-called “peace convoy” reached the border on Tuesday.", a -> a.entity("Border", "Tuesday"));
        assertThat(run.quotes()).isEmpty();
    }

    @Test
    void doesNotMistakeApostrophesForQuotes() {
        Run run = run("The ministers’ talks on the countries’ borders didn’t end until late.", a -> a.entity("Nobody", "The"));
        assertThat(run.quotes()).isEmpty();
    }

    @Test
    void anUnclosedQuoteAtTheEndOfAnArticleStaysInItsParagraph() {
        Run run = run("Karim Haddad arrived in Beirut on Monday.\n\nHe said: “We will not give up",
                a -> a.entity("Karim Haddad", "Karim Haddad", "He"));
        assertThat(run.quotes()).hasSize(1);
        Quote quote = run.quotes().get(0);
        assertThat(quote.text()).isEqualTo("We will not give up");
        assertThat(quote.speakerName()).isEqualTo("Karim Haddad");
    }

    @Test
    void numbersQuotesInTextOrder() {
        Run run = run("Haddad said the talks had failed. “We tried everything,” he added.",
                a -> a.entity("Karim Haddad", "Haddad", "he"));
        assertThat(run.quotes()).extracting(Quote::id).containsExactly("q1", "q2");
        assertThat(run.quotes()).extracting(Quote::direct).containsExactly(false, true);
    }

    @Test
    void takesTheSubjectNearestTheVerbWhenTheQuotationsOwnSubjectHangsOnIt() {
        Run run = run("Speaking in Geneva, Lena Holm said: \u201cWe have made some progress.\n\n"
                + "\u201cOur inspectors need to be able to go where the material is, not only where we are invited,\u201d she added.",
                a -> a.entity("Lena Holm", "Lena Holm", "she"));
        assertThat(run.containing("where the material is").speakerName()).isEqualTo("Lena Holm");
    }

    @Test
    void partialQuoteInsideReportedSpeechIsTheReportersUnlessItsOwnVerbSaysOtherwise() {
        Run run = run("Government spokesman Omar Farouk said the president was open to dialogue but would not negotiate "
                + "“with people who burn police stations.” Farouk said the minister had called the protest “a planned riot.”",
                a -> a.entity("Omar Farouk", "Omar Farouk", "Farouk").entity("minister", "the minister"));
        Quote partial = run.quotes().stream().filter(q -> q.direct() && q.text().contains("burn police stations")).findFirst().orElseThrow();
        assertThat(partial.speakerName()).isEqualTo("Omar Farouk");
        assertThat(partial.attribution()).startsWith("partial-quote:in-reported-speech:");
        assertThat(run.quotes()).filteredOn(q -> q.direct() && q.text().contains("planned riot"))
                .extracting(Quote::speakerName).containsExactly("minister");
    }
}
