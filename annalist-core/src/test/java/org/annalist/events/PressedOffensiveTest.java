package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Pressed an offensive" is fighting (ASSAULT 190), not pressing a party to act (REQUEST). */
class PressedOffensiveTest {

    @Test
    void pressingAnOffensiveIsAnAssault() {
        assertThat(CoderFixture.code("2025-07-01", "Russian troops pressed an offensive towards the Ukrainian town of Pokrovsk on Sunday.")
                .events())
                .extracting(Event::event, Event::rule)
                .contains(org.assertj.core.api.Assertions.tuple("ASSAULT", "assault.press-offensive"))
                .noneMatch(row -> row.toArray()[0].equals("REQUEST"));
    }
}
