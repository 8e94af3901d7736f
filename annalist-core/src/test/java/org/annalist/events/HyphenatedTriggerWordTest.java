package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** A hyphenated pattern word ("visa-free", "test-fire") matches the words the tokenizer split it into ("visa", "-", "free"). */
class HyphenatedTriggerWordTest {

    @Test
    void suspendedVisaFreeTravelIsASanction() {
        assertThat(CoderFixture.code("2025-03-04", "On Monday the European Union suspended visa-free travel for Serbian officials.").events())
                .filteredOn(event -> event.event().equals("SANCTION"))
                .extracting(event -> tuple(event.rule(), codes(event.actors()), codes(event.recipients())))
                .containsExactly(tuple("sanction.suspend-visa-free-travel", "EUR", "SRB"));
    }

    @Test
    void testFiredMissileIsAWeaponsTestNotAnAttack() {
        assertThat(CoderFixture.code("2025-03-04", "Russia test-fired an intercontinental ballistic missile from the Plesetsk range on Tuesday, the defence ministry said.").events())
                .extracting(event -> tuple(event.event(), event.rule(), codes(event.actors())))
                .containsExactly(tuple("MOBILIZE", "mobilize.test-fire", "RUS"));
    }
}
