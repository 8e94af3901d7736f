package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Common news forms of acts that had no trigger: halting contacts and budget support, expelling
 * a diplomat as persona non grata (the parser leaves only "persona" as the object), putting off a
 * trip, revoking visas (SANCTION); a sit-in (the parser splits "sit-in"), missiles thrown and
 * windows smashed by protesters (PROTEST); rescuers, shipments and disbursements sent abroad
 * (AID); fire across a border and live ammunition used (ASSAULT); a court challenge "at" the court
 * (ACCUSE 115); an embassy's staff ordered out (SANCTION 166); a refusal to return what was seized
 * (REJECT 124). And the bare "sit in" is sitting somewhere, no protest.
 */
class CommonTriggerFormsTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void suspendingContactsWithAGroupHaltsNegotiations() {
        assertThat(code("Peru's government suspended all contacts with the Shining Path on Wednesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("SANCTION", "164", "PER"));
    }

    @Test
    void suspendingBudgetSupportStopsEconomicAid() {
        assertThat(code("Spain suspended its budget support to Mauritania on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "1621", "ESP", "MRT"));
    }

    @Test
    void personaNonGrataIsAnExpulsionWhateverTheParseOfNonGrata() {
        assertThat(code("Estonia declared a Belarusian embassy employee persona non grata on Friday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "166", "EST", "BLR"));
    }

    @Test
    void postponingATripReducesRelations() {
        assertThat(code("Japan postponed a planned trip to Seoul next month."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "160", "JPN", "KOR"));
    }

    @Test
    void revokingOfficialsVisasIsATravelSanction() {
        assertThat(code("Washington revoked the visas of two senior Nigerian police commanders."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "163", "USA", "NGA"));
    }

    @Test
    void aStagedSitInIsADemonstration() {
        assertThat(code("Relatives of the detainees staged a sit-in outside the interior ministry in Tunis."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("PROTEST", "141", "TUN"));
    }

    @Test
    void throwingBottlesAtPoliceIsAViolentProtest() {
        assertThat(code("Demonstrators in Lima threw bottles at police on Sunday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .contains(tuple("PROTEST", "145", "PER"));
    }

    @Test
    void smashingWindowsIsARiot() {
        assertThat(code("Masked youths smashed bank windows in Lyon on Thursday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("PROTEST", "145", "FRA"));
    }

    @Test
    void sendingATeamOfRescuersIsHumanitarianAid() {
        assertThat(code("Singapore sent a team of 30 rescuers to Malaysia after the floods."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("AID", "073", "SGP", "MYS"));
    }

    @Test
    void sendingAShipmentOfFoodIsHumanitarianAid() {
        assertThat(code("Brazil sent a shipment of food to Haiti on Tuesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("AID", "073", "BRA", "HTI"));
    }

    @Test
    void approvingADisbursementToACountryIsEconomicAid() {
        assertThat(code("The International Monetary Fund approved a $1 billion disbursement to Egypt on Tuesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.recipients()))
                .containsExactly(tuple("AID", "071", "EGY"));
    }

    @Test
    void firingAcrossTheBorderIsArmedForce() {
        assertThat(code("Armenian troops fired across the border on Sunday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("ASSAULT", "190", "ARM"));
    }

    @Test
    void sittingInARoomIsNoProtest() {
        assertThat(code("The Kenyan ministers sat in the front row during the ceremony in Nairobi."))
                .extracting(Event::event)
                .doesNotContain("PROTEST");
    }

    @Test
    void orderingAnEmbassysStaffOutIsAnExpulsion() {
        assertThat(code("Mali on Tuesday ordered 12 French embassy staff to leave the country within 72 hours."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "166", "MLI", "FRA"));
    }

    @Test
    void aRefusalToReturnSeizedBoatsIsAReject() {
        assertThat(code("Indonesia said it would not return the two Malaysian trawlers."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .contains(tuple("REJECT", "124", "IDN"));
    }

    @Test
    void policeUsingLiveAmmunitionIsArmedForce() {
        assertThat(code("Kenyan police used live ammunition against demonstrators in Nairobi on Tuesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("ASSAULT", "190", "KEN"));
    }
}
