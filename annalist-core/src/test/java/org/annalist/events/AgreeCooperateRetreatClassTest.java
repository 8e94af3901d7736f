package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Class rows for AGREE, SUPPORT (057), COOPERATE, CONSULT, RETREAT, THREATEN and REQUEST (word-classes.tsv
 * proposal-kind, accord-document, exercise-kind, intelligence-kind, talks-kind, force-unit, siege-kind, penalty-kind,
 * deescalation-kind, ouster-kind; relief-goods, aid-money and weaponry in appeals for aid): verb and
 * noun pairs that no literal row names are coded, with the CAMEO code the noun decides; words outside the class
 * are not.
 */
class AgreeCooperateRetreatClassTest {

    private static List<org.assertj.core.groups.Tuple> coded(String text) {
        return CoderFixture.code("2026-05-12", text).events().stream()
                .map(event -> tuple(event.cameo(), event.rule(), codes(event.actors()), codes(event.recipients())))
                .toList();
    }

    @Test
    void aClinchedPactIsASignedAgreement() {
        assertThat(coded("Kenya clinched a security pact with Ethiopia on Tuesday."))
                .containsExactly(tuple("057", "support.clinch-accord-document", "KEN", "ETH"));
    }

    @Test
    void anAccordStruckIsNoAirStrike() {
        assertThat(coded("Egypt struck an accord with Sudan over the Nile dam on Sunday."))
                .containsExactly(tuple("057", "support.strike-accord-document", "EGY", "SDN"));
    }

    @Test
    void aConcludedTreatyIsASignedAgreement() {
        assertThat(coded("Chile concluded an extradition treaty with Peru on Monday."))
                .containsExactly(tuple("057", "support.conclude-accord-document", "CHL", "PER"));
    }

    @Test
    void aFrameworkAgreedToIsAnAgreement() {
        assertThat(coded("Malaysia agreed to the framework proposed by Indonesia on Monday."))
                .containsExactly(tuple("030", "agree.agree-to-proposal-kind", "MYS", "IDN"));
    }

    @Test
    void swappedDataIsIntelligenceSharing() {
        assertThat(coded("Colombia swapped data with Ecuador on drug flights last month."))
                .containsExactly(tuple("064", "cooperate.swap-intelligence-kind", "COL", "ECU"));
    }

    @Test
    void evidenceSharedWithReportersIsNoIntelligenceSharing() {
        assertThat(coded("The ministry shared its evidence with reporters on Monday.")).isEmpty();
    }

    @Test
    void jointPatrolsStagedAreMilitaryCooperation() {
        assertThat(coded("Greece staged joint patrols with Cyprus on Tuesday."))
                .containsExactly(tuple("062", "cooperate.stage-joint-exercise-kind", "GRC", "CYP"));
    }

    @Test
    void aDialogueBegunIsAConsultation() {
        assertThat(coded("Bolivia began a dialogue with Chile on Thursday."))
                .containsExactly(tuple("040", "consult.begin-talks-kind", "BOL", "CHL"));
    }

    @Test
    void battalionsPulledFromACountryAreAWithdrawal() {
        assertThat(coded("Rwanda pulled two battalions from Congo on Saturday."))
                .containsExactly(tuple("0872", "retreat.pull-force-unit", "RWA", "COD"));
    }

    @Test
    void recalledWarshipsAreAWithdrawal() {
        assertThat(coded("Turkey recalled its warships from Libya on Friday."))
                .containsExactly(tuple("0872", "retreat.recall-force-unit", "TUR", "LBY"));
    }

    @Test
    void aLiftedSiegeIsAWithdrawal() {
        assertThat(coded("Azerbaijan lifted the siege of the town on Monday."))
                .extracting(row -> row.toArray()[0], row -> row.toArray()[1], row -> row.toArray()[2])
                .containsExactly(tuple("0872", "retreat.lift-siege-kind", "AZE"));
    }

    @Test
    void threatenedDutiesAreASanctionThreat() {
        assertThat(coded("China threatened retaliatory duties on Canada on Tuesday."))
                .containsExactly(tuple("1312", "threaten.threaten-penalty-kind", "CHN", "CAN"));
    }

    @Test
    void aNamedNounOutranksTheClass() {
        assertThat(coded("Norway exchanged intelligence with Sweden about the sabotage on Friday."))
                .containsExactly(tuple("064", "cooperate.exchange-intelligence", "NOR", "SWE"));
    }

    @Test
    void aCompanyContractIsNoAccordDocument() {
        assertThat(coded("The firm signed a sponsorship contract with the club on Friday.")).isEmpty();
    }

    @Test
    void aCompromiseAcceptedIsAnAgreement() {
        assertThat(coded("Mongolia accepted a compromise from China on Wednesday."))
                .containsExactly(tuple("030", "agree.accept-proposal-kind", "MNG", "CHN"));
    }

    @Test
    void aBailoutSoughtIsAnAppealForEconomicAid() {
        assertThat(coded("Pakistan sought a bailout from the International Monetary Fund on Tuesday."))
                .containsExactly(tuple("0231", "request.seek-aid-money", "PAK", "IGO"));
    }

    @Test
    void munitionsAskedForAreAnAppealForMilitaryAid() {
        assertThat(coded("Ukraine asked for more munitions from Germany on Wednesday."))
                .containsExactly(tuple("0232", "request.ask-for-weaponry", "UKR", "DEU"));
    }

    @Test
    void aTruceUrgedIsADemandToDeescalate() {
        assertThat(coded("Qatar urged a truce between Israel and Hamas on Friday."))
                .extracting(row -> row.toArray()[0], row -> row.toArray()[1], row -> row.toArray()[2])
                .containsExactly(tuple("1056", "request.urge-deescalation-kind", "QAT"));
    }

    @Test
    void anImpeachmentDemandedIsADemandForALeadershipChange() {
        assertThat(coded("Opposition parties in Peru demanded the impeachment of the president on Monday."))
                .extracting(row -> row.toArray()[0], row -> row.toArray()[1], row -> row.toArray()[2])
                .containsExactly(tuple("1041", "request.demand-ouster-kind", "PER"));
    }

    @Test
    void chargesDismissedAreNoLeadershipChange() {
        assertThat(coded("Lawyers for the Georgian journalist demanded the dismissal of the charges on Monday."))
                .extracting(row -> row.toArray()[0]).doesNotContain("1041");
    }
}
