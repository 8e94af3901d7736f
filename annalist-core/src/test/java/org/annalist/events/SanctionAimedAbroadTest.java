package org.annalist.events;

import static org.annalist.events.CoderFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sanction is nearly always aimed at another state: an uncoded target ("two senior police
 * commanders") that the domestic rule would make the sanctioning state's own is the story's
 * main country when that was named just before.
 */
class SanctionAimedAbroadTest {

    @Test
    void assetsOfUncodedOfficersAreTheStorysCountrys() {
        List<Event> events = CoderFixture.code("2026-05-20", "TBILISI, May 20 (Reuters) - Thousands of protesters marched through "
                + "Tbilisi on Tuesday against a law on foreign agents, and Georgia's parliament voted to ban two opposition parties. "
                + "Canada imposed sanctions on three senior police commanders on Wednesday.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("SANCTION"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CAN", "GEO"));
    }

    @Test
    void sanctionOnANamedForeignTargetKeepsIt() {
        List<Event> events = CoderFixture.code("2026-05-20", "Georgian police detained 40 protesters in Tbilisi on Tuesday. "
                + "Canada imposed sanctions on Russia's state broadcaster on Wednesday.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("SANCTION"))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("RUS");
    }
}
