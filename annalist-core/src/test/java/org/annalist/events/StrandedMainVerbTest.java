package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X, a group that controls …, called on Y": the main verb stranded under the relative clause keeps X as its subject. */
class StrandedMainVerbTest {

    @Test
    void mainVerbHangingFromTheRelativeClauseTakesTheModifiedSubject() {
        assertThat(CoderFixture.code("2025-05-14", "The Arakan Army, an ethnic rebel group that controls most of the state, "
                + "called on the junta to lift its blockade.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MMR", "MMR"));
    }
}
