package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/** "X was quoted (by Y) as saying …": the speaker is the one quoted, never the medium quoting. */
class QuotedAsSayingTest {

    private static final SpeechVerbQuoteAttributor ATTRIBUTOR = new SpeechVerbQuoteAttributor(SpeechVerbs.bundled());

    private static List<Quote> run(String text, java.util.function.Function<HandBuiltActors, HandBuiltActors> actors) {
        AnnotatedDocument document = SharedLanguage.annotate("t", text);
        ActorAnalysis analysis = actors.apply(new HandBuiltActors(document.text())).build();
        return ATTRIBUTOR.attribute(document, analysis);
    }

    private static Quote containing(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote contains \"" + words + "\" in " + quotes));
    }

    @Test
    void passiveSubjectOfQuotedIsTheSpeakerOfPartialQuotes() {
        List<Quote> quotes = run("Talgat Ermekov was quoted as saying the border troops must be “ready to act within hours” "
                + "and would answer “with every means available” to any incursion.",
                a -> a.entity("Talgat Ermekov", "Talgat Ermekov"));
        assertThat(quotes).filteredOn(Quote::direct).extracting(Quote::speakerName).containsExactly("Talgat Ermekov", "Talgat Ermekov");
        assertThat(containing(quotes, "ready to act within hours").attribution()).contains("quoted-as-saying");
    }

    @Test
    void agencyThatQuotesIsTheMediumNotTheSpeaker() {
        List<Quote> quotes = run("Defence Minister Arman Sadykov was quoted by the state news agency Vesti as saying "
                + "the exercise would end on Friday.",
                a -> a.entity("Arman Sadykov", "Arman Sadykov").entity("Vesti", "ORGANIZATION", (org.annalist.actors.MentionKind) null, "Vesti"));
        Quote reported = containing(quotes, "the exercise would end on Friday");
        assertThat(reported.direct()).isFalse();
        assertThat(reported.text()).isEqualTo("the exercise would end on Friday");
        assertThat(reported.speakerName()).isEqualTo("Arman Sadykov");
    }

    @Test
    void objectOfActiveQuotedIsTheSpeaker() {
        List<Quote> quotes = run("The agency Vesti quoted Arman Sadykov as saying: “We will not be drawn into this conflict.”",
                a -> a.entity("Arman Sadykov", "Arman Sadykov").entity("Vesti", "ORGANIZATION", (org.annalist.actors.MentionKind) null, "Vesti"));
        assertThat(containing(quotes, "We will not be drawn").speakerName()).isEqualTo("Arman Sadykov");
    }

    @Test
    void quotingSomeoneWithoutAsSayingLeavesTheSubjectAsSpeaker() {
        List<Quote> quotes = run("Ministers quarrelled on Monday. Arman Sadykov quoted an old proverb and said the talks "
                + "would resume next month.",
                a -> a.entity("Arman Sadykov", "Arman Sadykov"));
        assertThat(containing(quotes, "the talks would resume next month").speakerName()).isEqualTo("Arman Sadykov");
    }

    @Test
    void objectOfActiveQuotedWithAnAppositionIsTheSpeaker() {
        List<Quote> quotes = QuoteFixture.quotes(" date 2027-04-09 North Korea's state media quoted Kim Yo Jong, the powerful sister "
                + "of leader Kim Jong Un, as saying the exercises were \"a rehearsal for an attack.\"");
        assertThat(containing(quotes, "a rehearsal for an attack").speakerName()).isEqualTo("Kim Yo Jong");
    }
}
