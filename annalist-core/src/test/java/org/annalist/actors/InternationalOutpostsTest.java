package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An international body's mission or delegation in a country ("the U.N. mission in Afghanistan",
 * "the EU delegation in Amman") is the body's, not the country's it sits in.
 */
class InternationalOutpostsTest {

    @Test
    void unitedNationsMissionInACountryIsTheUnitedNations() {
        ActorAnalysis analysis = resolve("KABUL (Reuters) - The Taliban freed an American on Monday. "
                + "The U.N. mission in Afghanistan welcomed the release.");
        Entity mission = named(analysis, "U.N. mission in Afghanistan");
        assertThat(mission.code()).isEqualTo("UNO");
        assertThat(mission.type()).isEqualTo("ORGANIZATION");
    }

    @Test
    void europeanUnionDelegationInACapitalIsTheEuropeanUnion() {
        ActorAnalysis analysis = resolve("AMMAN (Reuters) - Jordan and Syria signed a refugee deal on Monday. "
                + "The EU delegation in Amman said it would fund the returns.");
        assertThat(named(analysis, "EU delegation in Amman").code()).isEqualTo("EUR");
    }

    @Test
    void stateDelegationKeepsItsCountry() {
        ActorAnalysis analysis = resolve("CAIRO (Reuters) - Egypt hosted ceasefire talks on Monday. "
                + "An Israeli delegation in Cairo met the mediators.");
        assertThat(analysis.entities()).anyMatch(entity -> "ISR".equals(entity.code()) && entity.name().contains("delegation"));
        assertThat(analysis.entities()).noneMatch(entity -> "EGY".equals(entity.code()) && entity.name().contains("delegation"));
    }

    @Test
    void missionNamedWithTheDottedUnitedNationsIsItsDictionaryRow() {
        ActorAnalysis analysis = resolve("JUBA (AP) - Gunmen freed 12 aid workers on Monday. "
                + "The U.N. Mission in South Sudan said it would send peacekeepers to escort convoys.");
        Entity mission = named(analysis, "UNMISS");
        assertThat(mission.code()).isEqualTo("UNO");
        assertThat(mission.sector()).isEqualTo("MIL");
    }
}
