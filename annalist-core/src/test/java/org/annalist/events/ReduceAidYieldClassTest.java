package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Class rows for SANCTION, AID, CONCEDE and REJECT (word-classes.tsv aid-flow, ties, talks-track, trade-flow,
 * relief-goods, aid-money, weaponry, shelter-status, official, curbs, monitor-party): verb and noun pairs that
 * no literal row names are coded, with the CAMEO code the noun decides.
 */
class ReduceAidYieldClassTest {

    private static List<org.assertj.core.groups.Tuple> coded(String text) {
        return CoderFixture.code("2026-05-12", text).events().stream()
                .map(event -> tuple(event.cameo(), event.rule(), codes(event.actors()), codes(event.recipients())))
                .toList();
    }

    @Test
    void pausedDisbursementsCutAid() {
        assertThat(coded("The World Bank paused disbursements to Mali on Tuesday after the coup."))
                .containsExactly(tuple("162", "sanction.pause-aid-flow", "IGO", "MLI"));
    }

    @Test
    void aPartnershipTerminatedReducesRelations() {
        assertThat(coded("Niger terminated its security partnership with France on Friday."))
                .containsExactly(tuple("161", "sanction.terminate-ties", "NER", "FRA"));
    }

    @Test
    void aDialoguePausedHaltsNegotiations() {
        assertThat(coded("Serbia paused the dialogue with Kosovo on Monday."))
                .containsExactly(tuple("164", "sanction.pause-talks-track", "SRB", "XKX"));
    }

    @Test
    void curbedImportsAreATradeSanction() {
        assertThat(coded("China curbed imports of Australian barley on Wednesday."))
                .extracting(row -> row.toArray()[0], row -> row.toArray()[1], row -> row.toArray()[2])
                .containsExactly(tuple("163", "sanction.curb-trade-flow", "CHN"));
    }

    @Test
    void truckedRationsAreHumanitarianAid() {
        assertThat(coded("Jordan trucked rations to Gaza on Thursday."))
                .containsExactly(tuple("073", "aid.truck-relief-goods", "JOR", "PSE"));
    }

    @Test
    void extendedTrancheIsEconomicAid() {
        assertThat(coded("Japan extended a second tranche to Sri Lanka on Monday."))
                .containsExactly(tuple("071", "aid.extend-aid-money", "JPN", "LKA"));
    }

    @Test
    void transferredMunitionsAreMilitaryAid() {
        assertThat(coded("Germany transferred munitions to Ukraine last week."))
                .containsExactly(tuple("072", "aid.transfer-weaponry", "DEU", "UKR"));
    }

    @Test
    void residencyGrantedIsAsylum() {
        assertThat(coded("Spain granted residency to 40 Venezuelan dissidents on Friday."))
                .extracting(row -> row.toArray()[0], row -> row.toArray()[1], row -> row.toArray()[2])
                .containsExactly(tuple("075", "aid.grant-shelter-status", "ESP"));
    }

    @Test
    void aSackedGovernorIsAChangeInLeadership() {
        assertThat(coded("Nigeria's president sacked the central bank governor on Friday."))
                .extracting(row -> row.toArray()[0], row -> row.toArray()[1])
                .containsExactly(tuple("0831", "concede.sack-official"));
    }

    @Test
    void loosenedCurbsAreEasedRestrictions() {
        assertThat(coded("Beijing loosened curbs on Japanese fishing boats on Tuesday."))
                .extracting(row -> row.toArray()[0], row -> row.toArray()[1], row -> row.toArray()[2])
                .containsExactly(tuple("081", "concede.loosen-curbs", "CHN"));
    }

    @Test
    void observersTurnedAwayRefuseInvolvement() {
        assertThat(coded("Belarus turned away OSCE observers at the border on Sunday."))
                .extracting(row -> row.toArray()[0], row -> row.toArray()[1], row -> row.toArray()[2])
                .containsExactly(tuple("1245", "reject.turn-away-monitor-party", "BLR"));
    }

    @Test
    void aTeamOfInspectorsTurnedBackRefusesInvolvement() {
        assertThat(coded("Venezuela turned back a team of U.N. investigators at the airport on Saturday."))
                .containsExactly(tuple("1245", "reject.turn-back-team-monitor-party", "VEN", "UNO"));
    }

    @Test
    void aNamedNounOutranksTheClass() {
        assertThat(coded("Washington suspended aid to Niger on Thursday."))
                .extracting(row -> row.toArray()[1]).containsExactly("sanction.suspend-aid");
    }

    @Test
    void dismissingClaimsIsNoChangeInLeadership() {
        assertThat(coded("Russia dismissed the claims of Ukraine on Monday."))
                .extracting(row -> row.toArray()[1]).doesNotContain("concede.dismiss-official");
    }

    @Test
    void anAirportHaltingFlightsIsNoSanction() {
        assertThat(coded("Fog forced Vilnius airport to halt flights for six hours on Thursday.")).isEmpty();
    }
}
