package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three classes of missed events counted from the eval --errors diagnoses: an order moving the actor's own forces is a
 * mobilisation (MOBILIZE 154, not a REQUEST to itself), being in touch or in contact with another government is a
 * consultation (CONSULT 040, including the predicate "had been in touch with"), and a legal appeal or court challenge
 * is a lawsuit (ACCUSE 115).
 */
class OrdersContactsAndAppealsTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void anOrderSendingTroopsToTheBorderIsAMobilisation() {
        List<Event> events = events("Chile's president ordered 800 additional troops to the northern border on Tuesday.");

        assertThat(events).filteredOn(event -> event.rule().equals("mobilize.order-troops")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("MOBILIZE");
                    assertThat(event.cameo()).isEqualTo("154");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("CHL");
                    assertThat(event.recipients()).isEmpty();
                });
    }

    @Test
    void anOrderToTheArmyIsAMobilisationNotARequest() {
        List<Event> events = events("Peru's president ordered the army to secure the highways into Puno.");

        assertThat(events).extracting(Event::rule).contains("mobilize.order-army").doesNotContain("request.order");
    }

    @Test
    void anOrderToAnotherCountryIsNoMobilisation() {
        List<Event> events = events("Bolivia ordered Chilean diplomats to leave La Paz within 72 hours.");

        assertThat(events).extracting(Event::rule).noneMatch(rule -> rule.startsWith("mobilize.order-"));
    }

    @Test
    void beingInTouchWithACapitalIsAConsultation() {
        List<Event> events = events("A Brazilian official said Brasilia had been in touch with Caracas since Monday.");

        assertThat(events).filteredOn(event -> event.rule().equals("consult.in-touch-with")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("CONSULT");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("BRA");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("VEN");
                });
    }

    @Test
    void beingInConstantContactWithAGovernmentIsAConsultation() {
        List<Event> events = events("Ghana had been in constant contact with Togo during the crisis, the minister said.");

        assertThat(events).filteredOn(event -> event.rule().equals("consult.contact-with-noun")).singleElement()
                .satisfies(event -> {
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("GHA");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("TGO");
                });
    }

    @Test
    void beingInCustodyNamesNoActor() {
        List<Event> events = events("The Ugandan opposition leader has been in custody since March.");

        assertThat(events).allSatisfy(event -> assertThat(event.actors()).extracting(EventParty::code).doesNotContain("UGA"));
    }

    @Test
    void aStatedAppealAgainstAVerdictIsALawsuit() {
        List<Event> events = events("The Kenyan opposition leader Raila Odinga will appeal the verdict, his lawyer told reporters.");

        assertThat(events).filteredOn(event -> event.rule().equals("accuse.appeal")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("ACCUSE");
                    assertThat(event.cameo()).isEqualTo("115");
                });
    }

    @Test
    void anAppealToAGovernmentStaysARequest() {
        List<Event> events = events("Nigeria appealed to Niger to reopen the border crossing.");

        assertThat(events).extracting(Event::rule).contains("request.appeal-to").doesNotContain("accuse.appeal");
    }

    @Test
    void aChallengeInCourtIsALawsuit() {
        List<Event> events = events("Argentine unions said they would challenge the decree in court.");

        // accuse.challenge-x-in-court (object and court phrase) outranks the bare row; both code a lawsuit (115)
        assertThat(events).extracting(Event::rule, Event::cameo).contains(tuple("accuse.challenge-x-in-court", "115"));
    }
}
