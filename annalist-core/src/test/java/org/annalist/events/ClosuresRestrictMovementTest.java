package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Closing a crossing, trade route or port restricts movement: COERCE 191 (the convention chosen where the gold sets
 * differ, patterns.tsv and dictionaries/README.md), aimed at the party named with 'to'.
 */
class ClosuresRestrictMovementTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-10-14", text).events();
    }

    @Test
    void closingPortsToAnotherCountrysShipsRestrictsMovement() {
        assertThat(code("Ireland closed its ports to Spanish trawlers on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("COERCE", "191", "IRL", "ESP"));
    }

    @Test
    void closingATradeRouteRestrictsMovement() {
        assertThat(code("Uzbekistan shut the main trade route to Tajikistan after the clashes."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .contains(tuple("COERCE", "191", "UZB"));
    }
}
