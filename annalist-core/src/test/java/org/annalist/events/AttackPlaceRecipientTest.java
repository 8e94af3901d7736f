package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An attack on an uncoded target at a place of another country is aimed at that country. */
class AttackPlaceRecipientTest {

    @Test
    void strikeNearAForeignCityTargetsThatCountry() {
        assertThat(CoderFixture.code("2025-04-07", "British jets struck several warehouses near the port of Hodeidah on Sunday.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("GBR", "YEM"));
    }
}
