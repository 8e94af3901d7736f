package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole families of material acts, each with its usual object: turning people or vehicles back and
 * stopping boats at a border (COERCE 191); recalling any head of mission, entry bans and bans on a
 * country's goods (SANCTION 161/163); cutting rations (SANCTION 1623); putting off one's own levy
 * or vote (CONCEDE 0832); moving tanks and sending units (MOBILIZE 154); sending advisers (AID);
 * a trilateral exercise (COOPERATE 062); bail granted (RETREAT 0841). And "remained ready to
 * discuss": the one who is ready is the subject of "remained", and the readiness is the AGREE.
 */
class MaterialActionFamiliesTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void borderGuardsTurningTravellersBackRestrictMovement() {
        assertThat(code("Indian border guards turned back a group of Nepali traders at the Lipulekh pass on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("COERCE", "191", "IND", "NPL"));
    }

    @Test
    void stoppingForeignBoatsRestrictsMovement() {
        assertThat(code("Greek coast guard vessels stopped two Turkish fishing boats near Lesbos on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("COERCE", "191", "GRC", "TUR"));
    }

    @Test
    void recallingAChargeDAffairesReducesRelations() {
        assertThat(code("Colombia recalled its chargé d'affaires from Caracas on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "161", "COL", "VEN"));
    }

    @Test
    void anEntryBanOnForeignCitizensIsASanctionNotADomesticBan() {
        assertThat(code("Moldova banned entry to 15 Russian citizens on Friday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "163", "MDA", "RUS"));
    }

    @Test
    void aBanOnImportsIsATradeSanction() {
        assertThat(code("Russia announced a ban on imports of Moldovan wine on Friday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "163", "RUS", "MDA"));
    }

    @Test
    void suspendingFoodRationsReducesHumanitarianAssistance() {
        assertThat(code("The World Food Programme said it would suspend food rations for displaced people in Mozambique."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "1623", "UNO", "MOZ"));
    }

    @Test
    void suspendingOnesOwnLevyIsAPolicyConcession() {
        assertThat(code("Ghana's government suspended a planned levy on mobile money transfers on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("CONCEDE", "0832", "GHA"));
    }

    @Test
    void movingTanksTowardABorderIsAMobilisation() {
        assertThat(code("Ethiopia has moved tanks and artillery toward its northern border."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("MOBILIZE", "154", "ETH"));
    }

    @Test
    void sendingCompaniesOfTroopsIsADeployment() {
        assertThat(code("The Kenyan government sent two companies of paratroopers to the northern border on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("MOBILIZE", "154", "KEN"));
    }

    @Test
    void advisersSentToAnotherCountryAreAid() {
        assertThat(code("Japan sent military advisers to the Philippines on Monday."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("AID", "JPN", "PHL"));
    }

    @Test
    void aTrilateralExerciseIsJointEvenWithoutTheWordJoint() {
        assertThat(code("Japan, South Korea and the United States held a trilateral air exercise near the peninsula on Monday."))
                .extracting(Event::event, Event::cameo)
                .containsExactly(tuple("COOPERATE", "062"));
    }

    @Test
    void bailGrantedToActivistsIsARelease() {
        assertThat(code("A Harare magistrate granted bail to 17 Zimbabwean activists on Monday."))
                .extracting(Event::event, Event::cameo)
                .containsExactly(tuple("RETREAT", "0841"));
    }

    @Test
    void remainingReadyToDiscussIsTheSubjectsStatedIntentToMeet() {
        assertThat(code("Norway said on Monday that Oslo remained ready to discuss fishing quotas with Russia."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("AGREE", "036", "NOR", "RUS"));
    }

    @Test
    void bareStoppingIsNoRestriction() {
        assertThat(code("Russia stopped the war games near the border on Monday."))
                .extracting(Event::event)
                .doesNotContain("COERCE");
    }

    @Test
    void escortingBoatsOutOfAnAreaRestrictsMovement() {
        assertThat(code("The Kuwaiti coast guard escorted six Iraqi boats out of the area on Wednesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("COERCE", "191", "KWT", "IRQ"));
    }

    @Test
    void escortingAnAidConvoyStaysAid() {
        assertThat(code("Chadian soldiers escorted the aid convoy to the border on Monday."))
                .extracting(Event::event)
                .containsExactly("AID");
    }

    @Test
    void anInvitationToInspectIsAnOffer() {
        assertThat(code("Japan invited Chinese experts to inspect the plant on Monday."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("AGREE", "JPN", "CHN"));
    }

    @Test
    void aPromisedResponseIsAThreatNotAPledge() {
        assertThat(code("Moscow called the expulsions groundless and promised a response to Chisinau."))
                .extracting(Event::event)
                .contains("THREATEN")
                .doesNotContain("AGREE");
    }

    @Test
    void aSumOfMoneyProvidedIsEconomicAid() {
        assertThat(code("The European Union will provide 20 million euros in emergency food aid to Mozambique."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("AID", "071", "EUR", "MOZ"));
    }

    @Test
    void continuedPatrolsAreAShowOfForce() {
        assertThat(code("Venezuela's navy continued patrols off the Essequibo coast on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("MOBILIZE", "150", "VEN"));
    }
}
