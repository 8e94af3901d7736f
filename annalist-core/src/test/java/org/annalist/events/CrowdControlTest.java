package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crowd-control weapons used or fired on people are an assault (CAMEO 175), whatever the weapon;
 * the day they were fired is not the recipient.
 */
class CrowdControlTest {

    private static List<Event> assaults(String text) {
        return CoderFixture.code("2026-10-14", text).events().stream().filter(event -> event.event().equals("ASSAULT")).toList();
    }

    @Test
    void waterCannonAndPepperSprayAreAnAssault() {
        assertThat(assaults("TBILISI (AP) - Georgian riot police used water cannon and pepper spray to clear the avenue outside parliament."))
                .extracting(event -> event.cameo() + " " + codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactly("175 GEO->GEO");
    }

    @Test
    void theDayAWeaponWasFiredIsNoRecipient() {
        assertThat(assaults("LOME (Reuters) - Togolese police fired tear gas on Monday in the centre of the capital."))
                .flatExtracting(Event::recipients)
                .extracting(party -> party.code() + " " + party.mention().text())
                .isNotEmpty()
                .noneMatch(recipient -> recipient.contains("Monday"));
    }

    @Test
    void tearGasAtHomeHitsTheOwnPeopleEvenWhenAnotherCountryIsNamed() {
        assertThat(assaults("PORT VILA (Reuters) - Police in Vanuatu fired tear gas on Friday to break up a rally in Port Vila against "
                + "the arrival of an Indonesian security team."))
                .extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactly("VUT->VUT");
    }

    @Test
    void waterCannonAtSeaIsNoCrowdControlAtHome() {
        assertThat(assaults("MANILA (Reuters) - Chinese coast guard ships fired water cannon near Second Thomas Shoal on Sunday, "
                + "the Philippine coast guard said."))
                .extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .noneMatch(coded -> coded.equals("CHN->CHN"));
    }
}
