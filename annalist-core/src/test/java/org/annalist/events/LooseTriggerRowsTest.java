package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * Trigger words whose bare reading is loose in news text: "approved the budget" (a decision, not praise),
 * intransitive "fight" and "shelter", "fought a war" and "Russia's war" (background), "violated the
 * protocol" (the speaker's charge), "defend the interests of its farmers" (self-defence). Their specific
 * forms keep their rows.
 */
class LooseTriggerRowsTest {

    private static final String DATE = "2026-03-04";

    @Test
    void approvingABudgetIsNoSupport() {
        assertThat(CoderFixture.eventsOfType(DATE, "SUPPORT",
                "Hungary's parliament approved the border agreement with Serbia by 120 votes on Tuesday."))
                .isEmpty();
    }

    @Test
    void aPastWarAndAGenericFightAreNoAttacks() {
        assertThat(CoderFixture.eventsOfType(DATE, "ASSAULT",
                "Ethiopia, which fought a border war with Eritrea from 1998 to 2000, rejected the proposal on Tuesday."))
                .isEmpty();
        assertThat(CoderFixture.eventsOfType(DATE, "ASSAULT",
                "\"Every time Brussels fights with Beijing, our farmers pay,\" a Spanish grower said."))
                .isEmpty();
    }

    @Test
    void fightingAnAdversaryIsStillAnAttack() {
        assertThat(CoderFixture.eventsOfType(DATE, "ASSAULT",
                "Sudanese soldiers fought Chadian troops near the border town of Adre on Sunday, officials said."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SDN", "TCD"));
    }

    @Test
    void takingShelterIsNoAid() {
        assertThat(CoderFixture.eventsOfType(DATE, "AID",
                "Afghan families were sheltering in a school near Khost when Pakistani jets struck the town."))
                .isEmpty();
    }

    @Test
    void aMentionedWarIsBackground() {
        assertThat(CoderFixture.eventsOfType(DATE, "ASSAULT",
                "Moldova's president spoke about Russia's war at a summit in Chisinau on Monday."))
                .isEmpty();
    }

    @Test
    void sayingAPartyViolatedARuleIsNoRejection() {
        assertThat(CoderFixture.eventsOfType(DATE, "REJECT",
                "Ghana's trade minister said Togo had violated the regional customs protocol."))
                .isEmpty();
    }

    @Test
    void defendingOnesOwnInterestsIsNoSupport() {
        assertThat(CoderFixture.eventsOfType(DATE, "SUPPORT",
                "France will defend the interests of its farmers in the talks with Brazil, the agriculture minister said."))
                .isEmpty();
    }
}
