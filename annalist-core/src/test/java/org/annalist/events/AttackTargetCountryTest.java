package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An attack on uncoded places or things belongs to the one other country the sentence names. */
class AttackTargetCountryTest {

    @Test
    void fireOnVillagesReportedByTheOtherSideIsAnAttackOnIt() {
        assertThat(CoderFixture.code("2025-05-14", "The Armenian defence ministry said Azerbaijani troops had opened fire on "
                + "villages near the border overnight.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("AZE", "ARM"));
    }
}
