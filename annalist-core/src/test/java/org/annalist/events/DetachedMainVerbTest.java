package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** A main verb the parser hangs by {@code dep} from a misread opening word keeps that word's subject as its actor. */
class DetachedMainVerbTest {

    @Test
    void droneReadAsAVerbLeavesTheStrikeToItsSubject() {
        assertThat(CoderFixture.code("2025-09-02", "A Turkish drone struck a pickup truck near the Syrian town of Qamishli on Friday, "
                + "and Syria's government said it would complain to the United Nations.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("TUR");
    }

    @Test
    void groupNamedAfterAnInfinitiveKeepsItsWelcome() {
        assertThat(CoderFixture.code("2025-09-02", "The Committee to Protect Journalists, a New York-based group, welcomed the ruling "
                + "but urged Dhaka to repeal the press law.").events())
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("NGO");
    }
}
