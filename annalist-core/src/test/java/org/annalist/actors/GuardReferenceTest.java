package org.annalist.actors;

import static org.annalist.actors.ResolvedText.mentionTexts;
import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "the Guard" after a Revolutionary Guard named before is that body (sectors.tsv "guard"). */
class GuardReferenceTest {

    @Test
    void theGuardIsTheRevolutionaryGuardNamedBefore() {
        ActorAnalysis analysis = resolve("Iran's Revolutionary Guard seized a cargo ship in the Gulf on Monday. "
                + "On Thursday the Guard released four Indian sailors.");
        Entity guard = named(analysis, "Islamic Revolutionary Guard Corps");
        assertThat(guard.code()).isEqualTo("IRN");
        assertThat(mentionTexts(guard)).containsExactly("Revolutionary Guard", "the Guard");
    }

    @Test
    void aPrisonGuardWithNoGuardNamedBeforeIsNoBody() {
        ActorAnalysis analysis = resolve("The prison guard said the inmates had been moved on Monday.");
        assertThat(analysis.entities()).noneMatch(entity -> entity.type().equals("ORGANIZATION"));
    }
}
