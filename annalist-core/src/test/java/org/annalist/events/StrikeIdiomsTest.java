package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Idioms of 'strike' that are no attack ("struck down the law", "struck a softer tone") outrank the attack row, which
 * still reads a strike with an object: in news an air, drone or missile strike (CAMEO 195).
 */
class StrikeIdiomsTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void courtStrikingDownALawIsNoAttack() {
        assertThat(code("Croatia's constitutional court struck down the Serbian-backed law on Tuesday."))
                .extracting(Event::event)
                .doesNotContain("ASSAULT");
    }

    @Test
    void strikingASofterToneIsNoAttack() {
        assertThat(code("Malaysia struck a softer tone toward Indonesia on Tuesday."))
                .extracting(Event::event)
                .doesNotContain("ASSAULT");
    }

    @Test
    void strikingADepotIsStillAnAttackFromTheAir() {
        assertThat(code("Israeli jets struck a Syrian army depot on Tuesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ASSAULT", "195", "ISR", "SYR"));
    }
}
