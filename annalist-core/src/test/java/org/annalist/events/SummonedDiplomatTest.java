package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Summoning a foreign chargé d'affaires or ambassador is a formal complaint (ACCUSE 114), however
 * the title's apostrophe is written and whether the title stands before the diplomat's name.
 */
class SummonedDiplomatTest {

    @Test
    void summonedChargeDAffairesWithCurlyApostropheIsAComplaint() {
        assertThat(CoderFixture.code("2025-03-04", "Chile's foreign ministry summoned Peru’s charge d’affaires in Santiago on Monday.").events())
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ACCUSE", "114", "CHL", "PER"));
    }

    @Test
    void summonedChargeDAffairesWithStraightApostropheIsAComplaint() {
        assertThat(CoderFixture.code("2025-03-04", "Chile's foreign ministry summoned Peru's charge d'affaires in Santiago on Monday.").events())
                .extracting(Event::event, Event::cameo)
                .containsExactly(tuple("ACCUSE", "114"));
    }

    @Test
    void summonedAmbassadorNamedWithTitleIsAComplaint() {
        assertThat(CoderFixture.code("2025-03-04", "Japan's foreign ministry summoned South Korean Ambassador Park Min-soo to lodge a protest.").events())
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ACCUSE", "114", "JPN", "KOR"));
    }

    @Test
    void protestInTheSummonsInfinitiveIsTheSameComplaint() {
        // the errand of the summons is the complaint itself, not a demonstration by the ministry
        assertThat(CoderFixture.code("2025-03-04", "Chile summoned the Peruvian ambassador on Monday to protest against the arrest of two fishermen.").events())
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ACCUSE", "114", "CHL", "PER"));
    }
}
