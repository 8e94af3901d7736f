package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "both sides" of a fight within one country are that country, not the article's second country. */
class DomesticConflictTest {

    @Test
    void bothSidesOfADomesticClashAreTheOneCountry() {
        assertThat(CoderFixture.code("2025-05-14", "LIMA (Reuters) - Peruvian police fired tear gas at farmers blocking a highway "
                + "in the Apurimac region on Monday.\n\nThe Chinese-owned mine has been closed for a week.\n\n"
                + "The ombudsman's office called on both sides to return to dialogue.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("PER", "PER"));
    }

    private static final String CIVIL_WAR = "PORT SUDAN, Sudan — Drones hit the city's airport and a power station for a third "
            + "day on Monday, the Sudanese army said, blaming the paramilitary Rapid Support Forces for the strikes.\n\n"
            + "An army spokesman said air defences had downed most of the drones.\n\n"
            + "\"The militia wants to starve the country,\" the spokesman said.\n\n"
            + "The RSF did not claim the strikes, but an adviser to the group's commander said army bases were \"legitimate targets.\"\n\n"
            + "The Sudanese government cut ties with the United Arab Emirates this week, accusing the Emirates of arming the RSF."
            + "\n\nThe United Arab Emirates denied the charge.\n\n";

    @Test
    void bothSidesOfACivilWarAreTheOneCountryBeforeAnyClashIsCoded() {
        // the sentences before name Sudan and the Emirates, but the story's fight is the army's with its own rebels
        assertThat(CoderFixture.code("2025-06-02", CIVIL_WAR + "The U.N. aid chief urged both sides to open the roads to El Obeid.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("UNO", "SDN"));
    }

    @Test
    void bothSidesStayTwoCountriesWhenTheRebelsAreFewerThanTheOtherCountry() {
        assertThat(CoderFixture.code("2025-06-02", "KINSHASA (Reuters) - Congo accused Rwanda on Monday of sending troops "
                + "to support M23 rebels near Goma.\n\nRwanda rejected the accusation.\n\nRwanda's foreign minister said Kigali "
                + "wanted a political solution.\n\nRwandan officials said Kinshasa was arming militias.\n\n"
                + "The African Union urged both sides to return to talks.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("IGO", "COD,RWA"));
    }
}
