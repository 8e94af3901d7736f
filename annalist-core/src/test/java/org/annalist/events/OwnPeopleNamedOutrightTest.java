package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An accusation aimed at the actor's own people named outright ("accused the rebels of …") is
 * domestic even when another country is named elsewhere in the sentence: in another clause
 * ("welcomed Egypt's offer … but accused") or only as a route ("through Iran").
 */
class OwnPeopleNamedOutrightTest {

    private static List<Event> events(String text, String type) {
        return CoderFixture.code("2026-03-10", text).events().stream().filter(event -> event.event().equals(type)).toList();
    }

    @Test
    void accusedRebelsAreOwnPeopleWhenAnotherCountryIsInAnotherClause() {
        CodingResult result = CoderFixture.code("2026-03-10", "Sudan's army chief welcomed Egypt's offer of mediation but "
                + "accused the rebels of shelling a hospital in Omdurman.");
        assertThat(result.events()).filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactly("SDN->SDN");
        // the party says which rule chose it
        assertThat(result.decisions()).filteredOn(decision -> decision.reason() == DecisionReason.EMITTED
                        && decision.rule().startsWith("accuse."))
                .extracting(Decision::detail)
                .singleElement().asString().contains("its own people");
    }

    @Test
    void aCountryNamedAsARouteOwnsNobody() {
        assertThat(events("Iraq's government halted salary payments to the northern region, accusing the regional "
                + "authorities of smuggling crude through Iran.", "ACCUSE"))
                .extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactly("IRQ->IRQ");
    }

    @Test
    void aThingNamedBesideAnotherCountryStaysWithoutATarget() {
        assertThat(events("Germany welcomed Poland's proposal and pledged new funds for the border project.", "AGREE"))
                .extracting(event -> codes(event.recipients()))
                .doesNotContain("DEU");
    }

    @Test
    void theOwnPeopleAreNamedAsWrittenNotAsTheActor() {
        assertThat(events("Nigeria's army chief, General Christopher Musa, said his troops had arrested 32 suspected militants "
                + "in Borno state last week.", "COERCE"))
                .flatExtracting(Event::recipients)
                .extracting(party -> party.code() + " " + party.name() + " " + party.mention().text())
                .containsExactly("NGA 32 suspected militants militants");
    }

    @Test
    void fightersLoyalToAnUnnamedBodyAreNotTheActorsOwn() {
        assertThat(events("Ethiopia's foreign ministry said on Monday that Eritrean army lorries had delivered rifles to "
                + "fighters loyal to a regional council that opposes the federal government.", "AID"))
                .extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .singleElement().asString().startsWith("ERI->").doesNotContain("ERI->ERI");
    }
}
