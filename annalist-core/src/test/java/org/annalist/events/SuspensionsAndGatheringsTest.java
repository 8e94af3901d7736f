package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stopping cooperation, transfers, payments, distributions or visas reduces relations (SANCTION 16x), and a crowd
 * gathered outside a building of the authorities demonstrates (PROTEST 141): rows of patterns.tsv counted from the
 * eval --errors diagnoses.
 */
class SuspensionsAndGatheringsTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void suspendedTransfersToARegionAreAReductionOfAid() {
        List<Event> events = events("Peru's finance ministry suspended budget transfers to the Bolivian border region of Desaguadero on Monday.");

        assertThat(events).filteredOn(event -> event.rule().equals("sanction.suspend-transfer")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("SANCTION");
                    assertThat(event.cameo()).isEqualTo("162");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("PER");
                });
    }

    @Test
    void haltedCooperationIsAReductionOfRelations() {
        List<Event> events = events("Chile halted cooperation with Bolivia on border policing after the shooting.");

        assertThat(events).filteredOn(event -> event.rule().equals("sanction.halt-cooperation")).singleElement()
                .satisfies(event -> {
                    assertThat(event.cameo()).isEqualTo("161");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("CHL");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("BOL");
                });
    }

    @Test
    void suspendedVisaFacilitiesAreASanction() {
        assertThat(events("Ecuador suspended visa facilities for Colombian officials on Friday.")).extracting(Event::rule)
                .contains("sanction.suspend-visa-facility");
    }

    @Test
    void aCrowdGatheredOutsideParliamentIsAProtest() {
        List<Event> events = events("Thousands of Chilean students had gathered outside parliament in Valparaiso on Tuesday.");

        assertThat(events).filteredOn(event -> event.rule().equals("protest.gather-outside")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("PROTEST");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("CHL");
                });
    }

    @Test
    void relativesGatheredOutsideAMinistryProtestAgainstIt() {
        List<Event> events = events("Relatives of the detained fishermen gathered outside the Peruvian foreign ministry in Lima.");

        assertThat(events).filteredOn(event -> event.rule().equals("protest.gather-outside")).singleElement()
                .satisfies(event -> assertThat(event.recipients()).extracting(EventParty::code).containsExactly("PER"));
    }

    @Test
    void aCrowdGatheredInsideAHallIsNoProtest() {
        assertThat(events("Thousands of Chilean students had gathered in a hall in Valparaiso on Tuesday.")).extracting(Event::rule)
                .doesNotContain("protest.gather-outside");
    }
}
