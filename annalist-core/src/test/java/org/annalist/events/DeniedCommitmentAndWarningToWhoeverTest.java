package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two clause-level readings of stated future acts. A denied commitment ("is not willing to
 * negotiate", "was not prepared to accept") is the negated future of the action, so a cooperative
 * action becomes a refusal (REJECT, its type's refusal-code), not the commitment (AGREE) nor a
 * future event. A conflict act stated as future and aimed at a generic referent ("will arrest
 * anyone who …", "would attack any foreign soldiers that …") is a warning, THREATEN with the type's
 * warning-code and no recipient; the same act aimed at a named party, negated, or past stays what it is.
 */
class DeniedCommitmentAndWarningToWhoeverTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void aNegotiationTheActorIsNotWillingToHoldIsARefusal() {
        List<Event> events = events("Paraguay said it was not willing to negotiate with Bolivia over the river.");

        assertThat(events).filteredOn(event -> event.rule().endsWith("+refusal")).singleElement().satisfies(event -> {
            assertThat(event.event()).isEqualTo("REJECT");
            assertThat(event.cameo()).isEqualTo("125");
            assertThat(event.actors()).extracting(EventParty::code).containsExactly("PRY");
            assertThat(event.recipients()).extracting(EventParty::code).containsExactly("BOL");
            assertThat(event.aux()).isEmpty();
        });
        assertThat(events).extracting(Event::event).doesNotContain("AGREE");
    }

    @Test
    void aWillingnessStatedPlainlyStaysACommitment() {
        assertThat(events("Paraguay said it was willing to negotiate with Bolivia over the river."))
                .filteredOn(event -> event.rule().endsWith("+commitment")).singleElement()
                .satisfies(event -> assertThat(event.event()).isEqualTo("AGREE"));
    }

    @Test
    void aPlanTheGovernmentIsNotPreparedToAcceptIsRejected() {
        assertThat(events("Latvia is not prepared to accept the Russian plan, its prime minister said on Monday."))
                .filteredOn(event -> event.rule().endsWith("+refusal")).singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("REJECT");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("LVA");
                });
    }

    @Test
    void policeWhoWillArrestAnyoneBlockingRoadsThreatenNobodyNamed() {
        List<Event> events = events("Zambia's home affairs minister said on Tuesday the police would arrest anyone who blocked the highways.");

        assertThat(events).filteredOn(event -> event.rule().equals("coerce.arrest+warning")).singleElement().satisfies(event -> {
            assertThat(event.event()).isEqualTo("THREATEN");
            assertThat(event.cameo()).isEqualTo("137");
            assertThat(event.actors()).extracting(EventParty::code).containsExactly("ZMB");
            assertThat(event.recipients()).isEmpty();
            assertThat(event.aux()).isEmpty();
        });
        assertThat(events).extracting(Event::event).doesNotContain("COERCE");
    }

    @Test
    void fightersWhoWillAttackAnyForeignSoldiersThreatenMilitaryForce() {
        assertThat(events("Mali's army chief said his troops would attack any foreign fighters that crossed the border."))
                .filteredOn(event -> event.rule().equals("assault.attack+warning")).singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("THREATEN");
                    assertThat(event.cameo()).isEqualTo("138");
                    assertThat(event.recipients()).isEmpty();
                });
    }

    @Test
    void aFutureArrestOfNamedLeadersStaysAFutureArrest() {
        assertThat(events("Zambia's home affairs minister said the police would arrest the leaders of the march."))
                .filteredOn(event -> event.rule().startsWith("coerce.arrest")).singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("COERCE");
                    assertThat(event.aux()).contains("future");
                });
    }

    @Test
    void aPromiseNotToAttackAnyoneIsNoThreat() {
        assertThat(events("Malawi's army chief said his soldiers would not attack anyone."))
                .extracting(Event::event).doesNotContain("THREATEN");
    }
}
