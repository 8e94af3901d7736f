package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** A doer named at the end of a chain of "of" phrases ("the chiefs of staff of the two armies") is the party that chain names. */
class OfChainHolderTest {

    @Test
    void pairAtTheEndOfAnOfChainIsTheDoer() {
        assertThat(CoderFixture.eventsOfType("2025-06-11", "CONSULT",
                "Armenia and Azerbaijan accused each other of firing across the border on Monday. "
                        + "Hours later, the deputy chiefs of border operations of the two armies spoke by hotline."))
                .extracting(event -> codes(event.actors()))
                .containsExactly("ARM,AZE");
    }

    @Test
    void bodyAtTheEndOfAnOfChainIsTheDoer() {
        assertThat(CoderFixture.eventsOfType("2025-06-11", "REQUEST",
                "Heads of state of the Southern African Development Community demanded the immediate release of opposition leader John Banda."))
                .extracting(event -> codes(event.actors()))
                .containsExactly("IGO");
    }
}
