package org.annalist.events.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerSyntaxTest {

    @Test
    void verbTriggerSortsWordsIntoObjectsParticlesAndPrepositionObjects() {
        TriggerSyntax.Parsed parsed = TriggerSyntax.parse("impose sanctions on", TriggerKind.VERB);

        assertThat(parsed.head()).isEqualTo("impose");
        assertThat(parsed.objects()).containsExactly("sanctions");
        assertThat(parsed.particles()).containsExactly("on");
        assertThat(parsed.prepositionObjects()).isEmpty();
    }

    @Test
    void wordsAfterAPrepositionAreOnePhraseWithTheNounLast() {
        assertThat(TriggerSyntax.parse("put on alert", TriggerKind.VERB).prepositionObjects()).isEqualTo(Map.of("on", List.of("alert")));
        assertThat(TriggerSyntax.parse("put on high alert", TriggerKind.VERB).prepositionObjects()).isEqualTo(Map.of("on", List.of("high", "alert")));
        TriggerSyntax.Parsed patrol = TriggerSyntax.parse("carry out joint patrol", TriggerKind.VERB);
        assertThat(patrol.objects()).isEmpty();
        assertThat(patrol.prepositionObjects()).isEqualTo(Map.of("out", List.of("joint", "patrol")));
    }

    @Test
    void articlesAreLeftOutOfThePhrase() {
        assertThat(TriggerSyntax.parse("take to the street", TriggerKind.VERB).prepositionObjects()).isEqualTo(Map.of("to", List.of("street")));
        assertThatThrownBy(() -> TriggerSyntax.parse("take to the", TriggerKind.VERB)).hasMessageContaining("article only");
    }

    @Test
    void nounTriggerKeepsModifiersBeforeTheNoun() {
        TriggerSyntax.Parsed parsed = TriggerSyntax.parse("joint military drill with", TriggerKind.NOUN);

        assertThat(parsed.head()).isEqualTo("drill");
        assertThat(parsed.objects()).containsExactly("joint", "military");
        assertThat(parsed.particles()).containsExactly("with");
    }
}
