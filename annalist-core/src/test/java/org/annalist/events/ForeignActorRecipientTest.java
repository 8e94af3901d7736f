package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A foreign country's event without a target in a story about another country is aimed at that country. */
class ForeignActorRecipientTest {

    @Test
    void foreignFundingWithoutNamedTargetGoesToTheArticlesCountry() {
        assertThat(CoderFixture.code("2025-03-11", "Floods swept through northern Mozambique on Monday, and Mozambique's "
                + "government said thousands of families in Mozambique had lost their homes. "
                + "Japan announced $5 million in new funding on Tuesday.").events())
                .filteredOn(event -> event.event().equals("AID"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("JPN", "MOZ"));
    }

    @Test
    void foreignRecipientIsTheArticlesCountryEntityNotTheActorsWords() {
        assertThat(CoderFixture.code("2025-03-11", "Floods swept through northern Mozambique on Monday, and Mozambique's "
                + "government said thousands of families in Mozambique had lost their homes. "
                + "Japan announced $5 million in new funding on Tuesday.").events())
                .filteredOn(event -> event.event().equals("AID"))
                .flatExtracting(Event::recipients)
                .extracting(EventParty::name, EventParty::code)
                .containsExactly(tuple("Mozambique", "MOZ"));
    }

    @Test
    void homeCountryEventWithoutTargetStaysDomestic() {
        assertThat(CoderFixture.code("2025-03-11", "Farmers in Mozambique were angry about prices on Monday. "
                + "Mozambican farmers began a hunger strike in Maputo on Tuesday.").events())
                .filteredOn(event -> event.event().equals("PROTEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MOZ", "MOZ"));
    }

    @Test
    void thirdCountryAppealWithoutAddresseeInTwoSidedStoryNamesNoRecipient() {
        assertThat(CoderFixture.code("2025-05-06", "KIGALI, May 6 (Reuters) - Rwanda and Burundi traded accusations on Tuesday "
                + "over a shooting at their border. Burundi said Rwanda had sheltered rebels, and Rwanda said Burundi "
                + "had moved troops to the frontier. Rwanda closed its border with Burundi. "
                + "Germany also urged restraint.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("DEU", ""));
    }
}
