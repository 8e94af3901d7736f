package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A reader places a person by their own words first (a demonym describing them, the country
 * written with "of" after their name, the body they speak for, their listed full name) and only
 * then by the places of the article: its dateline or its most mentioned country.
 */
class OwnEvidenceOverPlacesTest {

    @Test
    void demonymModifyingTheHeadOfTheAppositionBeatsTheMainCountry() {
        ActorAnalysis analysis = resolve("CIUDAD HIDALGO, Mexico (Reuters) - Mexican soldiers stopped a group of migrants near the river on Friday, "
                + "officials in Mexico said.\n\n\"They took our phones,\" said Daniela Pereira, a Honduran mother travelling with three children.");
        Entity migrant = named(analysis, "Daniela Pereira");
        assertThat(migrant.code()).isEqualTo("HND");
        assertThat(migrant.codedBy()).contains("in apposition to the name");
    }

    @Test
    void countryWrittenWithOfAfterEachNameBeatsTheDateline() {
        ActorAnalysis analysis = resolve("VILNIUS, May 4 (Reuters) - The two Baltic states agreed on Monday to link their power grids, officials said.\n\n"
                + "The talks, led by Energy Ministers Tomas Berzins of Latvia and Jonas Petraitis of Lithuania, ended with a signed memorandum.");
        assertThat(named(analysis, "Tomas Berzins").code()).isEqualTo("LVA");
        assertThat(named(analysis, "Jonas Petraitis").code()).isEqualTo("LTU");
    }

    @Test
    void countryOpeningALongerNameAfterOfIsNotTheOrigin() {
        ActorAnalysis analysis = resolve("NAIROBI, May 4 (Reuters) - Flights resumed at the main airport on Monday.\n\n"
                + "Peter Otieno of Kenya Airways said the backlog would clear within two days.");
        assertThat(named(analysis, "Peter Otieno").codedBy()).doesNotContain("written with \"of\" after the name");
    }

    @Test
    void spokesmanOfTheGangSuppressionForceServesTheForceNotTheDatelineState() {
        ActorAnalysis analysis = resolve("PORT-AU-PRINCE, March 3 (Reuters) - Gangs attacked a police station north of the capital on Monday.\n\n"
                + "A spokesman for the Gang Suppression Force, Captain Samuel Kiprono, said the force had retaken the building.");
        assertThat(named(analysis, "Samuel Kiprono").code()).isEqualTo("IGO");
    }

    @Test
    void listedInternationalEnvoyKeepsHisInternationalCode() {
        ActorAnalysis analysis = resolve("SARAJEVO, June 9 (Reuters) - Bosnian Serb lawmakers walked out of the state parliament on Monday.\n\n"
                + "Christian Schmidt, the international envoy who oversees the peace accords, said he would not accept the boycott.");
        assertThat(named(analysis, "Christian Schmidt").code()).isEqualTo("IGO");
    }
}
