package org.annalist.language.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/** The language layer's own parsing step keeps both graphs the stages read. */
class DependencyParsingTest {

    @Test
    void basicTreeHasOneHeadPerTokenAndEnhancedGraphNamesThePreposition() {
        AnnotatedDocument document = SharedLanguage.annotate("parse",
                "The defence minister met his counterpart in Baku on Monday.");
        Sentence sentence = document.sentences().get(0);

        assertThat(sentence.dependencies()).hasSize(sentence.tokens().size());
        assertThat(sentence.dependencies()).extracting(Dependency::dependent).doesNotHaveDuplicates();
        int met = indexOf(sentence, "met");
        assertThat(sentence.headArc(met)).map(Dependency::relation).contains("root");
        assertThat(sentence.headArc(indexOf(sentence, "minister"))).contains(new Dependency("nsubj", met, indexOf(sentence, "minister")));
        assertThat(sentence.enhancedDependentArcs(met)).contains(new Dependency("obl:on", met, indexOf(sentence, "Monday")));
        int baku = indexOf(sentence, "Baku");
        assertThat(sentence.headArc(baku)).map(Dependency::relation).get().isIn("obl", "nmod");
        assertThat(sentence.enhancedHeadArcs(baku)).extracting(Dependency::relation).containsAnyOf("obl:in", "nmod:in");
    }

    @Test
    void enhancedGraphSharesTheSubjectOfConjoinedVerbs() {
        Sentence sentence = SharedLanguage.annotate("conjoined",
                "The envoy arrived in Khartoum and urged both sides to talk.").sentences().get(0);

        int urged = indexOf(sentence, "urged");
        assertThat(sentence.enhancedDependentArcs(urged)).contains(new Dependency("nsubj", urged, indexOf(sentence, "envoy")));
        assertThat(sentence.dependentArcs(urged)).noneMatch(arc -> arc.relation().equals("nsubj"));
    }

    @Test
    void parserIsScoredByTheFastClassifierOnThisCoreNlpRelease() {
        assertThat(SharedLanguage.annotator().description())
                .startsWith("Stanford CoreNLP ")
                .doesNotContain("CoreNLP's own classifier");
        assertThat(new DependencyParsing(16).slowScoringReason()).isEmpty();
    }

    private static int indexOf(Sentence sentence, String word) {
        return sentence.tokens().stream().filter(token -> token.text().equals(word)).findFirst().orElseThrow().index();
    }
}
