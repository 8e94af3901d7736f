package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CAMEO sub-code of an attack follows its weapon as the gold sets code it: fired missiles and
 * the verb "bombed" are aerial weapons (195), an exchange of fire is a firefight with small arms
 * (193), a car bomb set off stays a bombing (183).
 */
class WeaponCodesTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void firingAMissileAtAShipIsAnAerialAttack() {
        assertThat(code("Houthi rebels fired a missile at a Greek tanker in the Red Sea on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.recipients()))
                .containsExactly(tuple("ASSAULT", "195", "GRC"));
    }

    @Test
    void warplanesBombingPositionsIsAnAerialAttack() {
        assertThat(code("Turkish warplanes bombed Kurdish militant positions in northern Iraq on Friday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("ASSAULT", "195", "TUR"));
    }

    @Test
    void anExchangeOfFireIsAFirefight() {
        assertThat(code("Indian and Pakistani troops exchanged fire along the Line of Control on Sunday."))
                .extracting(Event::event, Event::cameo)
                .containsOnly(tuple("ASSAULT", "193"));
    }

    @Test
    void aCarBombSetOffStaysABombing() {
        assertThat(code("Militants set off a car bomb near an army checkpoint in Mogadishu, Somali police said."))
                .extracting(Event::cameo)
                .containsOnly("183");
    }
}
