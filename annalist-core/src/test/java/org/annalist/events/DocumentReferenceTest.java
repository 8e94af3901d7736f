package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** "The warrant accuses him", "The statement urged": a definite document as subject speaks for those who issued or cited it. */
class DocumentReferenceTest {

    @Test
    void theWarrantAccusesForTheCourtThatIssuedIt() {
        assertThat(CoderFixture.code("2025-02-11", "Judges at the International Criminal Court issued an arrest warrant on Monday for "
                + "a Malian militia leader, Amadou Kone, over attacks on villages near Mopti. "
                + "The warrant accuses Kone of ordering the killing of civilians.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("IGO", "MLI"));
    }

    @Test
    void theStatementUrgesForThoseWhoSignedIt() {
        assertThat(CoderFixture.code("2025-02-11", "Malaysia and Thailand agreed on Monday to hold joint patrols along their border, "
                + "according to a joint statement. The statement urged Myanmar to stop air strikes on civilians.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MYS,THA", "MMR"));
    }

    @Test
    void aStatementWithoutNamedAuthorsStaysWithoutActor() {
        assertThat(CoderFixture.code("2025-02-11", "A statement was read out on state television on Monday. "
                + "The statement urged Myanmar to stop air strikes on civilians.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .isEmpty();
    }
}
