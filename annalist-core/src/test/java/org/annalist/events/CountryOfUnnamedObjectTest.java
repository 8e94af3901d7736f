package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "accused armed groups in northern Mali": people named without an entity, placed in a country, are that country's. */
class CountryOfUnnamedObjectTest {

    @Test
    void groupsInACountryHungOffTheVerbAreThatCountrys() {
        assertThat(CoderFixture.code("2025-04-11", "Algeria recalled its ambassador from Morocco on Monday. "
                + "Algeria has repeatedly accused armed groups in northern Mali of smuggling weapons across the border.").events())
                .filteredOn(event -> event.event().equals("ACCUSE") && event.evidence().sentence().contains("Mali"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("DZA", "MLI"));
    }

    @Test
    void rebelFightersInACountryAreThatCountrys() {
        // "rebel fighters" is a kind of group the actors stage knows, without a country of its own
        assertThat(CoderFixture.code("2025-04-11", "Chad accused rebel fighters in Libya of planning attacks on its northern towns.")
                .events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("TCD", "LBY"));
    }
}
