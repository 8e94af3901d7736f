package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What lies across a border by its nature (a crossing, a ship, its crew, fishermen:
 * {@code cross-border-noun}) is not the actor's own country when the sentence leaves it uncoded: in a
 * story between two countries the closure, the seizure or the release is aimed at the other one. Other
 * uncoded targets keep the domestic convention (police detained protesters: X -> X).
 */
class CrossBorderTargetTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2026-03-10", text).events();
    }

    @Test
    void seizedFishermenAreOfTheOtherCountryOfTheStory() {
        assertThat(code("Senegal and Gambia have quarrelled for months over fishing grounds near their maritime border. "
                + "Gambian officials protested to Dakar on Sunday. "
                + "Senegalese coast guard officers seized the fishermen and three boats on Monday."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("COERCE", "SEN", "GMB"))
                .doesNotContain(tuple("COERCE", "SEN", "SEN"));
    }

    @Test
    void closingACrossingIsAimedAtTheNeighbour() {
        assertThat(code("Benin accused Niger on Thursday of blocking oil exports through the pipeline. "
                + "Niger rejected the charge. "
                + "Benin said on Friday it had closed its main crossing to all traffic."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("COERCE", "191", "BEN", "NER"));
    }

    @Test
    void releasingTheCrewIsAimedAtTheOtherCountry() {
        assertThat(code("Ecuador accused Peru on Monday of sending fishing boats into its waters. "
                + "Peru denied the charge. "
                + "Ecuador said it would release the crew once the fine was paid."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("RETREAT", "ECU", "PER"))
                .doesNotContain(tuple("RETREAT", "ECU", "ECU"));
    }

    @Test
    void crewMembersBeatenAreOfTheOtherCountry() {
        assertThat(code("Argentina and Chile have argued for weeks over fishing rights in the Beagle Channel. "
                + "Argentina summoned the Chilean ambassador on Friday. "
                + "Sailors from the Chilean navy beat three crew members on Saturday."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("ASSAULT", "CHL", "ARG"))
                .doesNotContain(tuple("ASSAULT", "CHL", "CHL"));
    }

    @Test
    void foreignGroupsAreNotTheActorsOwnCountry() {
        assertThat(code("The Zambian president accused foreign charities of stirring unrest in the capital."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .doesNotContain(tuple("ACCUSE", "ZMB", "ZMB"));
    }

    @Test
    void detainedProtestersStayTheActorsOwn() {
        assertThat(code("Zambian police detained 40 protesters in Lusaka on Monday."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("COERCE", "ZMB", "ZMB"));
    }
}
