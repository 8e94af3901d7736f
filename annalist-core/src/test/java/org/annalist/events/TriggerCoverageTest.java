package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Common news phrasings the dev gold codes that no row knew (patterns.tsv, session 14 triggers6): returned fire is an
 * attack, a peacekeeping mandate extended is military protection of the host country, suspended aid operations cut
 * aid, a dispute taken to a court is a lawsuit against the other side, not against the court, warships moved or sent
 * and forces put on readiness are mobilisations, money deposited in another country's central bank is economic aid and
 * goods bought from another country are trade.
 */
class TriggerCoverageTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void aDeniedReturnOfFireIsANegatedAttack() {
        List<Event> events = events("The Vietnamese sailors did not fire back, the foreign ministry in Hanoi said on Monday.");

        assertThat(events).filteredOn(event -> event.rule().equals("assault.fire-back")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("ASSAULT");
                    assertThat(event.cameo()).isEqualTo("190");
                    assertThat(event.aux()).contains("negation");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("VNM");
                });
    }

    @Test
    void anExtendedPeacekeepingMandateIsProtectionOfTheHostCountry() {
        List<Event> events = events(
                "The U.N. Security Council on Thursday extended the mandate of its peacekeeping mission in Mali for six months.");

        assertThat(events).filteredOn(event -> event.rule().equals("aid.extend-mandate-of-mission")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("AID");
                    assertThat(event.cameo()).isEqualTo("074");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("UNO");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("MLI");
                });
    }

    @Test
    void aMandateOfLocalCouncilsExtendedIsNoAid() {
        assertThat(events("Parliament in Lome extended the mandate of local councils by two years on Tuesday."))
                .extracting(Event::event).doesNotContain("AID");
    }

    @Test
    void suspendedAidOperationsCutAid() {
        List<Event> events = events("The United Nations said it was suspending aid operations in the Ethiopian region of Tigray.");

        assertThat(events).filteredOn(event -> event.rule().equals("sanction.suspend-aid-operation")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("SANCTION");
                    assertThat(event.cameo()).isEqualTo("1623");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("UNO");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("ETH");
                });
    }

    @Test
    void aDisputeTakenToACourtIsALawsuitAgainstTheOtherSide() {
        List<Event> events = events(
                "Guyana said it would take the dispute with Venezuela to the International Court of Justice.");

        assertThat(events).filteredOn(event -> event.rule().equals("accuse.take-dispute-to")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("ACCUSE");
                    assertThat(event.cameo()).isEqualTo("115");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("GUY");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("VEN");
                });
    }
    @Test
    void aWarshipMovedIntoAStraitIsAMobilisation() {
        List<Event> events = events("The Royal Navy said Britain had moved a frigate into the Gulf of Oman on Friday.");

        assertThat(events).filteredOn(event -> event.rule().equals("mobilize.move-frigate")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("MOBILIZE");
                    assertThat(event.cameo()).isEqualTo("154");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("GBR");
                });
    }

    @Test
    void forcesPutOnCombatReadinessArePutOnAlert() {
        List<Event> events = events("Taiwan's defence ministry said it had put its forces on combat readiness on Sunday.");

        assertThat(events).filteredOn(event -> event.rule().equals("mobilize.put-on-readiness")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("MOBILIZE");
                    assertThat(event.cameo()).isEqualTo("152");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("TWN");
                });
    }
    @Test
    void dollarsDepositedInAnotherCentralBankAreEconomicAid() {
        List<Event> events = events("Qatar deposited $1 billion in Egypt's central bank on Tuesday, the bank said.");

        assertThat(events).filteredOn(event -> event.event().equals("AID")).singleElement()
                .satisfies(event -> {
                    assertThat(event.rule()).startsWith("aid.deposit-");
                    assertThat(event.cameo()).isEqualTo("071");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("QAT");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("EGY");
                });
    }

    @Test
    void crudeBoughtFromAnotherCountryIsTrade() {
        List<Event> events = events("Pakistan bought two million barrels of crude from Azerbaijan last month.");

        assertThat(events).filteredOn(event -> event.rule().equals("cooperate.buy-from")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("COOPERATE");
                    assertThat(event.cameo()).isEqualTo("061");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("PAK");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("AZE");
                });
    }
}
