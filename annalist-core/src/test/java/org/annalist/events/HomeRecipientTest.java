package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rights group's or international body's target named without its country, and what a
 * transnational armed group attacks or seizes, is of the country the story happens in.
 */
class HomeRecipientTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-07-08", text).events();
    }

    @Test
    void rightsGroupAccusingThePoliceAccusesTheirCountry() {
        assertThat(code("Thousands of people marched in Dhaka on Tuesday against fuel price rises. "
                + "Human Rights Watch accused the police of beating peaceful demonstrators in Dhaka."))
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("NGO", "BGD"));
    }

    @Test
    void transnationalGroupStormingATownAttacksTheCountryItIsIn() {
        assertThat(code("Fighting spread across northern Mali on Monday. "
                + "JNIM fighters stormed the market town of Douentza in Mali and seized weapons from an army depot."))
                .filteredOn(event -> event.event().equals("ASSAULT") || event.event().equals("COERCE"))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ASSAULT", "IMG", "MLI"), tuple("COERCE", "IMG", "MLI"));
    }

    @Test
    void internationalBodyCallingForAnInquiryAddressesTheStorysCountry() {
        assertThat(code("Police fired tear gas at students in Belgrade on Sunday as protests over the collapse of a railway "
                + "station canopy entered a third week in Serbia. The Council of Europe called for an independent investigation."))
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("IGO", "SRB"));
    }

    @Test
    void internationalBodyMeetingNobodyNamedGetsNoRecipient() {
        assertThat(code("Police fired tear gas at students in Belgrade on Sunday as protests entered a third week in Serbia. "
                + "NATO ambassadors met in Brussels on Monday."))
                .filteredOn(event -> event.event().equals("CONSULT"))
                .allSatisfy(event -> assertThat(event.recipients()).isEmpty());
    }

    @Test
    void internationalBodyAppealingToUnnamedDonorsAddressesNoCountry() {
        assertThat(code("Floods displaced 40,000 people in southern Malawi on Sunday. "
                + "The World Food Programme called on donors to fund emergency shelters."))
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("UNO", ""));
    }
}
