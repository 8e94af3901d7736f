package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Letting another country's consular officers see its detained nationals is allowing international involvement
 * (RETREAT 086, the convention of three gold sets): the holder allows, the officers' country receives, and the visit is
 * part of the allowance, not a consultation of its own.
 */
class ConsularAccessTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void consularOfficersAllowedToVisitDetaineesIsARetreat() {
        List<Event> events = events("Bolivia said Peruvian consular officers would be allowed to visit the detained fishermen on Friday.");

        assertThat(events).filteredOn(event -> event.rule().equals("retreat.allow-consular-officer")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("RETREAT");
                    assertThat(event.cameo()).isEqualTo("086");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("BOL");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("PER");
                });
        assertThat(events).extracting(Event::rule).doesNotContain("consult.visit");
    }

    @Test
    void aConsularVisitWithoutAnAllowanceIsNoRetreat() {
        assertThat(events("Peruvian consular officers visited the detained fishermen in La Paz on Friday.")).extracting(Event::event)
                .doesNotContain("RETREAT");
    }
}
