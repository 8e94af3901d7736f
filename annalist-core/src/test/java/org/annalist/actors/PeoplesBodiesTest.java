package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bodies of a kind of people ("the traders' federation", "Their association") and bodies described with a country word. */
class PeoplesBodiesTest {

    @Test
    void ownedBodyOfPeopleTakesTheCountryOfThosePeople() {
        ActorAnalysis analysis = resolve("NEW DELHI, May 3 (Reuters) - Pakistan's navy detained 20 Indian fishermen off Gujarat on Sunday. "
                + "Their association said the men had strayed across the maritime line by mistake.");
        assertThat(named(analysis, "association").code()).isEqualTo("IND");
    }

    @Test
    void sentenceOpeningWithAPlacePlacesTheBodyAndItsStaff() {
        ActorAnalysis analysis = resolve("NEW DELHI, May 3 (Reuters) - India raised tariffs on Pakistani cement on Sunday. "
                + "In Karachi, the traders' federation said exports had fallen by a third. "
                + "\"We cannot wait,\" said Asif Khan, the federation's president.");
        assertThat(named(analysis, "traders' federation").code()).isEqualTo("PAK");
        assertThat(named(analysis, "Asif Khan").code()).isEqualTo("PAK");
    }

    @Test
    void bodyOfPeopleWithNothingElseIsOfTheDatelinesCountry() {
        ActorAnalysis analysis = resolve("LIMA, May 3 (Reuters) - Fuel prices rose for a third week. "
                + "The truckers\u2019 association said its members would stop work on Monday.");
        assertThat(named(analysis, "truckers\u2019 association").code()).isEqualTo("PER");
    }

    @Test
    void countryWordInTheDescriptionBeforeANameBeatsTheDateline() {
        ActorAnalysis analysis = resolve("LIMA, March 3 (Reuters) - Peru barred four foreign trawlers from its waters on Tuesday. "
                + "The Spanish fishing confederation FEPECA said the ban would cost jobs. "
                + "Its secretary general, Luis Ortega, said it would go to court.");
        assertThat(named(analysis, "FEPECA").code()).isEqualTo("ESP");
        assertThat(named(analysis, "Luis Ortega").code()).isEqualTo("ESP");
    }
}
