package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Phrases whose trigger word alone reads as another PLOVER type (patterns.tsv, "types3" rows): a
 * chargé d'affaires ordered out is expelled, a "hybrid attack" named by a government is its
 * accusation, relief flown to a place is aid, patrol boats sent to a place are a deployment.
 */
class TypeConfusionRowsTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-10-14", text).events();
    }

    @Test
    void orderingAChargeDaffairesToLeaveIsAnExpulsionNotARequest() {
        List<Event> events = code("Kenya on Monday ordered Uganda's chargé d'affaires in Nairobi to leave the country within 48 hours.");
        assertThat(events)
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("SANCTION", "166", "KEN", "UGA"));
        assertThat(events).extracting(Event::event).doesNotContain("REQUEST");
    }

    @Test
    void aHybridAttackNamedByAGovernmentIsItsAccusationNotAnAssault() {
        List<Event> events = code("\"This is a hybrid attack organised by Minsk,\" the Lithuanian interior minister told reporters in Vilnius.");
        assertThat(events)
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("ACCUSE", "LTU", "BLR"));
        assertThat(events).extracting(Event::event).doesNotContain("ASSAULT");
    }

    @Test
    void reliefFlownToAPlaceIsAidNotAVisit() {
        List<Event> events = code("Turkey's air force flew 30 tons of food and blankets to Benghazi on Sunday, the Turkish defence ministry said.");
        assertThat(events)
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("AID", "073", "TUR", "LBY"));
        assertThat(events).extracting(Event::event).doesNotContain("CONSULT");
    }

    @Test
    void patrolBoatsSentToTheirOwnWatersAreADeploymentNotAid() {
        List<Event> events = code("Senegal said it had sent three patrol boats to the waters off Saint-Louis after the clash.");
        assertThat(events)
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("MOBILIZE", "154", "SEN", ""));
        assertThat(events).extracting(Event::event).doesNotContain("AID");
    }

    @Test
    void anArrestStatedForAnyoneWhoDoesSomethingIsAThreatNotAnArrest() {
        List<Event> events = code("Any fisherman who enters the zone without a permit will be arrested, Indonesian Fisheries Minister Budi Santoso said.");
        assertThat(events)
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .contains(tuple("THREATEN", "137", "IDN"));
        assertThat(events).extracting(Event::event).doesNotContain("COERCE");
    }

    @Test
    void anExerciseHeldByTwoCountriesTogetherIsJointCooperationNotAShowOfForce() {
        assertThat(code("Japan and Australia began their annual naval exercises off Darwin on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .contains(tuple("COOPERATE", "062", "AUS,JPN"));
        assertThat(code("Vietnam began live-fire naval exercises off its central coast on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .contains(tuple("MOBILIZE", "150", "VNM"));
    }
}
