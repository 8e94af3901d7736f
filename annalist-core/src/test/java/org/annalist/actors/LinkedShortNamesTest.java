package org.annalist.actors;

import static org.annalist.actors.ResolvedText.mentionTexts;
import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Short references that name a body or person the article named in full before. */
class LinkedShortNamesTest {

    @Test
    void theGuardsIsTheRevolutionaryGuardsNamedBefore() {
        ActorAnalysis analysis = resolve("Iran's Revolutionary Guards detained a fishing vessel near Kish island on Sunday. "
                + "The Guards said the crew had been fishing without a permit.");
        Entity guards = named(analysis, "Islamic Revolutionary Guard Corps");
        assertThat(guards.code()).isEqualTo("IRN");
        assertThat(mentionTexts(guards)).containsExactly("Revolutionary Guards", "The Guards");
    }

    @Test
    void bodyDescriptionFollowedByItsVerbIsNoApposition() {
        ActorAnalysis analysis = resolve("Soldiers from the North crossed into the Demilitarized Zone, Seoul's Joint Chiefs of Staff said on Monday. "
                + "The soldiers withdrew after warning broadcasts, the JCS said.");
        Entity chiefs = named(analysis, "Joint Chiefs of Staff");
        assertThat(chiefs.code()).isEqualTo("KOR");
        assertThat(mentionTexts(chiefs)).contains("JCS");
        assertThat(analysis.entities()).noneMatch(entity -> entity.name().equals("Demilitarized Zone") && "MIL".equals(entity.sector()));
    }

    @Test
    void theGeneralIsTheSpokesmanWhoseRankWasGiven() {
        ActorAnalysis analysis = resolve("The army's spokesman, Brigadier General Moses Okello, said the troops would cross on Friday.\n\n"
                + "\"We are coming for their commanders,\" the general told reporters in Gulu.");
        Entity general = named(analysis, "Moses Okello");
        assertThat(mentionTexts(general)).contains("the general");
    }
}
