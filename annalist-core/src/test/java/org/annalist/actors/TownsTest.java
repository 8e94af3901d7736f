package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.dictionary.Gazetteer;
import org.annalist.dictionary.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated list of towns (places/towns.tsv) places people and bodies the hand-written
 * gazetteer could not, and is a name of its own only where the language layer reads a place.
 */
class TownsTest {

    @Test
    void townsOfTheGeneratedListAreLoadedBehindTheHandWrittenGazetteer() {
        Gazetteer gazetteer = Gazetteer.load(List.of());
        assertThat(gazetteer.find("Malanville")).map(Place::country).contains("BEN");
        assertThat(gazetteer.find("Malanville")).map(Place::kind).contains(Place.Kind.TOWN);
        assertThat(gazetteer.find("San Cristobal")).map(Place::country).contains("VEN");
        // a hand-written row wins over a town of the same name
        assertThat(gazetteer.find("Hrodna")).map(Place::kind).contains(Place.Kind.CITY);
        // common words and names shared by several countries are left out
        assertThat(gazetteer.find("Police")).isEmpty();
        assertThat(gazetteer.find("San Miguel")).isEmpty();
    }

    @Test
    void personFromATownTakesTheTownsCountryNotTheDatelines() {
        ActorAnalysis analysis = resolve("VILNIUS, Lithuania (AP) — Lithuania shut two crossings on its border with Belarus on Monday.\n\n"
                + "\"We waited for three days,\" said Pavel Markov, a truck driver from Pinsk.");
        Entity driver = named(analysis, "Pavel Markov");
        assertThat(driver.code()).isEqualTo("BLR");
        assertThat(driver.codedBy()).contains("places/towns.tsv");
    }

    @Test
    void stateBodyNamedWithATownIsOfTheTownsCountry() {
        ActorAnalysis analysis = resolve("ABUJA, Nigeria (AP) — Nigeria's army said gunmen attacked a border post overnight.\n\n"
                + "The Kandi District Court ordered the release of two traders on Tuesday.");
        assertThat(analysis.entities()).anySatisfy(entity -> {
            assertThat(entity.name()).contains("Kandi District Court");
            assertThat(entity.code()).isEqualTo("BEN");
        });
    }

    @Test
    void townSharingASurnameIsNoPlaceWhereTheLanguageLayerReadsAPerson() {
        ActorAnalysis analysis = resolve("CARACAS (Reuters) - Venezuela's opposition called for new protests on Sunday.\n\n"
                + "\"We will not stop,\" said opposition lawmaker Carlos Rubio. Rubio said the marches would go on.");
        assertThat(analysis.entities()).noneMatch(entity -> entity.type().equals("LOCATION") && entity.name().equals("Rubio"));
        assertThat(named(analysis, "Carlos Rubio").mentions()).hasSizeGreaterThanOrEqualTo(2);
    }
}
