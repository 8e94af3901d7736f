package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "a Liberian-flagged tanker", "a Greek-owned ship": the holder inside the participle is the target's party. */
class OwnerParticipleTest {

    @Test
    void seizedShipIsItsFlagStates() {
        assertThat(CoderFixture.code("2025-04-11", "Iran's navy seized a Liberian-flagged oil tanker in the Gulf of Oman on Friday.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("IRN", "LBR"));
    }

    @Test
    void attackedShipIsItsOwnersCountrys() {
        assertThat(CoderFixture.code("2025-04-11", "Yemen's Houthi movement fired a missile at a Greek-owned cargo ship in the Red Sea on Monday.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("YEM", "GRC"));
    }

    @Test
    void sponsorOfBackedGroupIsNotTheTarget() {
        assertThat(CoderFixture.code("2025-04-11", "Israel struck Iranian-backed militias in eastern Syria on Sunday.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ISR", "SYR"));
    }
}
