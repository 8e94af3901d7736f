package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * An appeal to everyone of a kind ("other countries", "all parties", "member states") has no recipient; a named kind keeps it;
 * an appeal to all the sides of a conflict ("urged all sides") is made to the country the story happens in.
 */
class GenericAddresseeTest {

    private static final String OPENING = "Kenya sent 400 police officers to Haiti on Monday to lead a multinational "
            + "mission against the gangs, and Haiti's prime minister welcomed them at the airport. ";

    @Test
    void otherCountriesAreNotTheArticlesMainCountries() {
        assertThat(CoderFixture.code("2025-06-10", OPENING + "Haiti's government thanked Kenya for its leadership and "
                + "called on other countries to contribute personnel.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("HTI", ""));
    }

    @Test
    void allPartiesGetNoHomeCountryFallback() {
        assertThat(CoderFixture.code("2025-06-10", OPENING + "In Beijing, a Chinese foreign ministry spokesman called on "
                + "all parties to exercise restraint.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CHN", ""));
    }

    @Test
    void partiesQualifiedByACountryKeepIt() {
        assertThat(CoderFixture.code("2025-06-10", OPENING + "The Chinese foreign ministry called on all Haitian parties "
                + "to support the mission.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CHN", "HTI"));
    }

    @Test
    void allSidesOfAConflictAreTheCountryItHappensIn() {
        assertThat(CoderFixture.code("2025-06-10", "TRIPOLI (Reuters) - Rival armed groups fought with heavy weapons in the "
                + "Libyan capital on Monday night, residents said. Libya's health ministry said 12 people were killed, and "
                + "Libyan officials said the fighting had stopped by dawn. Egypt urged all sides to respect the truce.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EGY", "LBY"));
    }

    @Test
    void otherCountriesStayAnAppealToNobodyWhereverTheStoryHappens() {
        assertThat(CoderFixture.code("2025-06-10", "TRIPOLI (Reuters) - Rival armed groups fought with heavy weapons in the "
                + "Libyan capital on Monday night, residents said. The U.N. mission called on member states to fund the "
                + "ceasefire monitors.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("");
    }
}
