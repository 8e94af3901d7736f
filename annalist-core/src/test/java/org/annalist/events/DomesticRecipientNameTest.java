package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A domestic event's recipient is named only by words that name a party: people ("detained 40
 * protesters"), not a thing the act is done to ("blocked a highway") nor, with no target named at
 * all, the actor's own words ("Kenyan police fired tear gas" has no second party called "Kenyan police").
 */
class DomesticRecipientNameTest {

    private static List<EventParty> recipients(String text, String type) {
        return CoderFixture.code("2026-11-24", text).events().stream()
                .filter(event -> event.event().equals(type))
                .flatMap(event -> event.recipients().stream()).toList();
    }

    @Test
    void peopleNameTheRecipient() {
        assertThat(recipients("NAIROBI (Reuters) - Kenyan police detained 40 protesters in the capital on Monday.", "COERCE"))
                .extracting(party -> party.code() + " " + party.name())
                .containsExactly("KEN 40 protesters");
    }

    @Test
    void aThingIsNoNameOfTheRecipient() {
        assertThat(recipients("SANTIAGO (Reuters) - Hundreds of Chilean farmers blocked a highway near Calama on Sunday.", "PROTEST"))
                .extracting(party -> party.code() + " " + party.name() + " " + party.mention().text())
                .containsExactly("CHL null highway");
    }

    @Test
    void withNoTargetNamedTheRecipientIsTheCountryAlone() {
        assertThat(recipients("NAIROBI (Reuters) - Kenyan police fired tear gas in the centre of Nairobi on Tuesday.", "ASSAULT"))
                .extracting(party -> party.code() + " " + party.name() + " " + party.entity())
                .containsExactly("KEN null null");
    }
}
