package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A governor or mayor of no stated nationality is of the country of the places their own sentence names. */
class LocalOfficePlaceTest {

    @Test
    void regionalGovernorOfTheStruckRegionIsOfItsCountryNotTheDatelines() {
        ActorAnalysis analysis = resolve("KYIV (AFP) - Russia launched 60 drones at Ukraine overnight.\n\n"
                + "Ukrainian drones hit a fuel depot in Russia's Kursk region overnight, the regional governor Pavel Smirnov said.");
        Entity governor = named(analysis, "Pavel Smirnov");
        assertThat(governor.code()).isEqualTo("RUS");
        assertThat(governor.codedBy()).contains("local office: a place named in the office-holder's sentence");
    }

    @Test
    void governorWhoNamesNoPlaceKeepsTheDatelinesCountry() {
        ActorAnalysis analysis = resolve("KYIV (AFP) - Russia launched 60 drones at Ukraine overnight.\n\n"
                + "Two people were wounded, the regional governor Pavel Smirnov said.");
        Entity governor = named(analysis, "Pavel Smirnov");
        assertThat(governor.code()).isEqualTo("UKR");
        assertThat(governor.codedBy()).doesNotContain("local office");
    }

    @Test
    void agriculturalWatchdogIsARussianStateBody() {
        ActorAnalysis analysis = resolve("ASTANA (AFP) - Rosselkhoznadzor said on Monday it had found pests in 12 shipments of Kazakh wheat.");
        Entity watchdog = named(analysis, "Rosselkhoznadzor");
        assertThat(watchdog.code()).isEqualTo("RUS");
        assertThat(watchdog.sector()).isEqualTo("GOV");
    }
}
