package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "said Peru must release the fishermen" is a demand on Peru (REQUEST); an obligation stated of no party
 * ("“This budget must be passed before winter,” the minister said", "Those who gave the order must answer for it") is a
 * principle or a warning, not a demand on the country the story would otherwise supply.
 */
class ObligationOfNoPartyTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-04-08", text).events();
    }

    @Test
    void obligationOfANamedPartyIsADemandOnIt() {
        assertThat(code("“The Peruvian authorities must stop detaining our fishermen,” Chile's foreign minister said."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("REQUEST", "CHL", "PER"));
    }

    @Test
    void obligationOfNoPartyIsNoDemand() {
        assertThat(code("Gunmen shelled an aid convoy near the Chilean border town on Monday. “This budget must be passed before winter,” Chile's finance minister said."))
                .filteredOn(event -> event.rule().startsWith("request."))
                .isEmpty();
    }

    @Test
    void obligationOfAThingThatIsNoPartyIsNoDemand() {
        assertThat(code("“Water should be a reason for cooperation, not for conflict,” Turkey's president told a joint news conference."))
                .filteredOn(event -> event.rule().startsWith("request."))
                .isEmpty();
    }

    @Test
    void obligationOfTheCountrysOwnPeopleStaysADemand() {
        assertThat(code("“The police must release the detained students today,” Kenya's opposition leader said."))
                .filteredOn(event -> event.rule().startsWith("request."))
                .extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactly("KEN->KEN");
    }
}
