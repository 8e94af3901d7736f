package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/**
 * "…, which Pyongyang calls Sodo, and that its actions were “…”": the parser sometimes makes the
 * coordinator "and" a loose dependent of the relative clause's verb and hangs the "and that"
 * clause under it. The quotation is then not the complement of "calls", and its speaker is the
 * reporter of the sentence, not Pyongyang.
 */
class CoordinatorHeadedClauseTest {

    private static final SpeechVerbQuoteAttributor ATTRIBUTOR = new SpeechVerbQuoteAttributor(SpeechVerbs.bundled());
    private static final String TEXT = "The Korean navy said it had warned off the patrol boat after it “strayed across the maritime border” "
            + "near the island, which Pyongyang calls Sodo, and that its actions were “proportionate, prudent and restrained in every respect.”";

    @Test
    void quoteUnderACoordinatorHungFromARelativeClauseIsTheReportersNotTheRelativeClauseSubjects() {
        AnnotatedDocument parsed = SharedLanguage.annotate("t", TEXT);
        AnnotatedDocument broken = withCoordinatorUnderCalls(parsed);
        List<Quote> quotes = ATTRIBUTOR.attribute(broken, new HandBuiltActors(broken.text())
                .entity("Korean navy", "ORGANIZATION", (org.annalist.actors.MentionKind) null, "Korean navy")
                .entity("North Korea", "COUNTRY", (org.annalist.actors.MentionKind) null, "Pyongyang")
                .build());
        assertThat(quotes).filteredOn(quote -> quote.text().contains("proportionate, prudent"))
                .extracting(Quote::speakerName).containsExactly("Korean navy");
    }

    /** The sentence's parse with "and" made a dep of "calls" and the "and that" clause's head a dep of "and", as the parser sometimes does. */
    private static AnnotatedDocument withCoordinatorUnderCalls(AnnotatedDocument document) {
        Sentence sentence = document.sentences().get(0);
        int calls = indexOf(sentence, "calls");
        int and = indexOf(sentence, "that") - 1;
        int clause = sentence.headArc(and).orElseThrow().governor();
        assertThat(sentence.token(and).text()).isEqualTo("and");
        List<Dependency> arcs = new ArrayList<>();
        for (Dependency arc : sentence.dependencies()) {
            if (arc.dependent() == and) {
                arcs.add(new Dependency("dep", calls, and));
            } else if (arc.dependent() == clause) {
                arcs.add(new Dependency("dep", and, clause));
            } else {
                arcs.add(arc);
            }
        }
        Sentence rewired = new Sentence(sentence.index(), sentence.paragraph(), sentence.start(), sentence.end(), sentence.text(),
                sentence.tokens(), arcs, arcs, false);
        return new AnnotatedDocument(document.article(), List.of(rewired), document.namedEntities(), document.timeExpressions(),
                document.warnings());
    }

    private static int indexOf(Sentence sentence, String word) {
        return sentence.tokens().stream().filter(token -> token.text().equals(word)).findFirst().orElseThrow().index();
    }
}
