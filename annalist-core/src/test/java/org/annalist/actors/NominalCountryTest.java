package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A nominal that carries a country gives it to an unplaced person only when it can name the person's office. */
class NominalCountryTest {

    @Test
    void anotherCountrysAmbassadorIsNotTheMinisterWhoMetHim() {
        ActorAnalysis analysis = resolve("BISHKEK, Kyrgyzstan (AP) — Border guards exchanged fire on Tuesday with smugglers near the Chinese frontier.\n\n"
                + "Foreign Minister Jeenbek Asanov, who met China's ambassador later on Tuesday, demanded an inquiry into the shooting.");
        assertThat(named(analysis, "Jeenbek Asanov").code()).isEqualTo("KGZ");
    }

    @Test
    void demonymWithAWordAnyOfficialGoesByStillPlacesTheSpokesman() {
        ActorAnalysis analysis = resolve("Pakistan warned its neighbour on Friday over the river dispute.\n\n"
                + "External affairs ministry spokesman Rajiv Mehra said the treaty would stay suspended. "
                + "\"The responsibility lies with Islamabad,\" the Indian official said.");
        Entity spokesman = named(analysis, "Rajiv Mehra");
        assertThat(spokesman.code()).isEqualTo("IND");
        assertThat(spokesman.codedBy()).contains("Indian official");
    }
}
