package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * An agentless passive announced by a party ("said the ambassador would be summoned") is the reporter's side's act;
 * a past passive, violence and the reporter's own side acted upon are not.
 */
class ReportedPassiveTest {

    @Test
    void anAnnouncedSummonsIsTheAnnouncersAct() {
        assertThat(CoderFixture.code("2025-04-02", "Finland expelled two Russian diplomats on Tuesday. Russian foreign ministry "
                + "spokeswoman Maria Zakharova said the Finnish ambassador would be summoned on Thursday.").events())
                .filteredOn(event -> event.rule().equals("accuse.summon-ambassador"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("RUS", "FIN"));
    }

    @Test
    void aPastPassiveKeepsItsUnknownDoer() {
        assertThat(CoderFixture.code("2025-04-02", "Finland expelled two Russian diplomats on Tuesday. Russian foreign ministry "
                + "spokeswoman Maria Zakharova said the Finnish ambassador had been summoned to the ministry.").events())
                .filteredOn(event -> event.rule().equals("accuse.summon-ambassador"))
                .isEmpty();
    }

    @Test
    void theReportersOwnSideActedUponIsNotItsAct() {
        assertThat(CoderFixture.code("2025-04-02", "Russian jets flew over the Baltic on Monday. NATO Secretary-General Mark Rutte "
                + "said the alliance would not be intimidated.").events())
                .filteredOn(event -> event.event().equals("THREATEN"))
                .allSatisfy(event -> assertThat(codes(event.actors())).isNotEqualTo("NATO"));
    }

    @Test
    void killingsReportedByTheVictimsSideHaveNoActorFromIt() {
        assertThat(CoderFixture.code("2025-04-02", "India's army said two Indian soldiers would be killed if the shelling went on.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .allSatisfy(event -> assertThat(codes(event.actors())).isNotEqualTo("IND"));
    }
}
