package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.actors.MentionKind;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/**
 * "X said both sides were using …": the parser often takes the reported clause's subject for the
 * object of "said" and leaves the clause's verb a loose dependent; the clause is still reported
 * speech.
 */
class ObjectTakenForSubjectTest {

    private static final SpeechVerbQuoteAttributor ATTRIBUTOR = new SpeechVerbQuoteAttributor(SpeechVerbs.bundled());

    private static List<Quote> run(String text, String speaker, String type, String form) {
        AnnotatedDocument document = SharedLanguage.annotate("t", text);
        return ATTRIBUTOR.attribute(document, new HandBuiltActors(document.text()).entity(speaker, type, MentionKind.NAME, form).build());
    }

    @Test
    void clauseWithAuxiliaryAfterTheObjectOfSaidIsReported() {
        List<Quote> quotes = run("Amnesty International said both sides were using hunger as a weapon against civilians in the besieged city.",
                "Amnesty International", "ORGANIZATION", "Amnesty International");
        assertThat(quotes).extracting(Quote::text, Quote::speakerName, Quote::direct).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "both sides were using hunger as a weapon against civilians in the besieged city", "Amnesty International", false));
    }

    @Test
    void passiveClauseWithAnAsideAfterTheObjectIsReported() {
        List<Quote> quotes = run("Haddad said a new round of talks, including a session on prisoner exchanges, was already being planned "
                + "and could start in May.", "Karim Haddad", "PERSON", "Haddad");
        assertThat(quotes).extracting(Quote::text, Quote::speakerName).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "a new round of talks, including a session on prisoner exchanges, was already being planned and could start in May",
                "Karim Haddad"));
    }

    @Test
    void asPhraseParsedAsAClauseOfItsOwnStaysInTheReportAndItsPartialQuoteIsTheReporters() {
        List<Quote> quotes = run("The move was criticised by Jordan and Oman, and Jordanian Foreign Minister Samir Haddad said the use of "
                + "hunger as a tactic was “a grave breach of the laws of war.”", "Samir Haddad", "PERSON", "Samir Haddad");
        assertThat(quotes).extracting(Quote::text, Quote::speakerName, Quote::direct).containsExactly(
                org.assertj.core.groups.Tuple.tuple("the use of hunger as a tactic was “a grave breach of the laws of war", "Samir Haddad", false),
                org.assertj.core.groups.Tuple.tuple("a grave breach of the laws of war.", "Samir Haddad", true));
    }

    @Test
    void plainObjectOfSaidIsNoReport() {
        AnnotatedDocument document = SharedLanguage.annotate("t", "Haddad said a short prayer before the talks began in the hall.");
        List<Quote> quotes = ATTRIBUTOR.attribute(document, new HandBuiltActors(document.text()).entity("Karim Haddad", "Haddad").build());
        assertThat(quotes).isEmpty();
    }
}
