package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A dateline whose country the story never names is a regional bureau: it places nobody. */
class BureauDatelineTest {

    @Test
    void bureauCityOfARegionalStoryDoesNotPlaceItsOfficials() {
        ActorAnalysis analysis = resolve("NAIROBI, June 2 (Reuters) - Al Shabaab fighters attacked a base near Kismayo in southern Somalia "
                + "on Tuesday, Somalia's army said. Colonel Abdirahman Warsame said the attack had been repelled and that Somalia "
                + "would send more troops.");
        Entity colonel = named(analysis, "Abdirahman Warsame");
        assertThat(colonel.code()).isEqualTo("SOM");
        assertThat(colonel.codedBy()).doesNotContain("dateline");
    }

    @Test
    void datelineOfAStoryAboutItsOwnCountryStillPlacesItsPeople() {
        ActorAnalysis analysis = resolve("NAIROBI, June 2 (Reuters) - Kenyan teachers went on strike on Tuesday over unpaid wages, "
                + "closing schools across the country. \"We have waited a year,\" said Grace Wanjiru, who teaches in Kisumu.");
        assertThat(named(analysis, "Grace Wanjiru").code()).isEqualTo("KEN");
    }

    @Test
    void summitVenueNamedOnlyInAClosingAsideDoesNotPlaceTheStorysSoldiers() {
        ActorAnalysis analysis = resolve("ACCRA, March 3 (Reuters) - West African leaders suspended Mali from the bloc on Tuesday "
                + "after its junta postponed elections again. In Bamako, the junta called the decision unjust. "
                + "Soldiers detained two opposition leaders in Bamako on Monday, their party said. "
                + "The junta's spokesman said Mali would not bow to pressure. Opposition parties welcomed the suspension. "
                + "The bloc will send envoys to Bamako next week. Diplomats in Accra said Ghana had argued for softer measures.");
        Entity soldiers = named(analysis, "Soldiers");
        assertThat(soldiers.code()).isNotEqualTo("GHA");
        assertThat(String.valueOf(soldiers.codedBy())).doesNotContain("Accra");
    }

    @Test
    void datelineTownOfAnotherCountrysNameDoesNotPlaceTheStorysPeople() {
        // the town list's San Pedro is Philippine; this story is in Côte d'Ivoire's port of that name
        ActorAnalysis analysis = resolve("SAN PEDRO (AFP) - Police fired tear gas on Monday at dock workers who had blocked the gates "
                + "of the port in San Pedro in a strike over pay, witnesses said. Côte d'Ivoire exports more cocoa than any other "
                + "country, and Ghana comes second.");
        assertThat(named(analysis, "Police").code()).isNotEqualTo("PHL");
    }
}
