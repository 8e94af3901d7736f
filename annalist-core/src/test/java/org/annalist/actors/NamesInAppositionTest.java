package org.annalist.actors;

import static org.annalist.actors.ResolvedText.mentionTexts;
import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name followed by a body's description in apposition is that body's name, coded as the description says. */
class NamesInAppositionTest {

    @Test
    void nameExplainedAsAForeignBodyIsThatBody() {
        ActorAnalysis analysis = resolve("SEOUL, May 5 (Reuters) - Beijing cut the catch allowed to Korean boats on Friday. "
                + "Yuzhengju, China's fisheries bureau, said the quota would be halved.");
        Entity body = named(analysis, "Yuzhengju");
        assertThat(body.type()).isEqualTo("ORGANIZATION");
        assertThat(body.code()).isEqualTo("CHN");
        assertThat(analysis.entities()).noneMatch(entity -> entity.type().equals("PERSON"));
    }

    @Test
    void untaggedNameBeforeTheNationalPoliceIsThePolice() {
        ActorAnalysis analysis = resolve("SAN JOSE, Costa Rica (AP) - Costa Rica has no army. "
                + "Its Public Force, the national police, said it had doubled patrols on the river.");
        Entity police = named(analysis, "Public Force");
        assertThat(police.code()).isEqualTo("CRI");
        assertThat(police.sector()).isEqualTo("COP");
    }

    @Test
    void nameExplainedAsABareGroupIsABody() {
        ActorAnalysis analysis = resolve("PRETORIA (Reuters) - South Africa delayed the land law on Monday. "
                + "Boerewerk, a group that speaks for grain farmers, welcomed the delay.");
        Entity body = named(analysis, "Boerewerk");
        assertThat(body.type()).isEqualTo("ORGANIZATION");
        assertThat(mentionTexts(body)).containsExactly("Boerewerk");
    }

    @Test
    void capitalisedPluralNounsExplainedAsARightsGroupAreItsName() {
        ActorAnalysis analysis = resolve("HAVANA (Reuters) - Cuba freed 40 prisoners on Friday, Cuban state media said. "
                + "Detainees Advocates, a Lisbon-based rights group, said hundreds more remained in jail.");
        Entity body = named(analysis, "Detainees Advocates");
        assertThat(body.type()).isEqualTo("ORGANIZATION");
        assertThat(body.sector()).isEqualTo("HRI");
        assertThat(body.code()).isEqualTo("NGO"); // based abroad, reporting on Cuba: international
        assertThat(analysis.entities()).noneMatch(entity -> entity.name().startsWith("a Lisbon-based"));
    }

    @Test
    void rightsGroupBasedInTheStorysOwnCountryIsOfThatCountry() {
        ActorAnalysis analysis = resolve("NAIROBI (Reuters) - Kenyan police detained 30 protesters in Kenya's capital on Tuesday. "
                + "Haki Watch, a Nairobi-based rights group, said several of them had been beaten.");
        Entity body = named(analysis, "Haki Watch");
        assertThat(body.code()).isEqualTo("KEN");
    }

    @Test
    void personWithAnOfficeInAppositionStaysAPerson() {
        ActorAnalysis analysis = resolve("Ali Rahimi, the agency's director, said the quota would be halved.");
        assertThat(named(analysis, "Ali Rahimi").type()).isEqualTo("PERSON");
    }

    @Test
    void knownBodyExplainedAsABlocMakesNoSecondBody() {
        ActorAnalysis analysis = resolve("DAKAR, June 2 (Reuters) - ECOWAS, the West African bloc, suspended Guinea on Saturday "
                + "and called for a return to civilian rule.");
        assertThat(named(analysis, "ECOWAS").code()).isEqualTo("IGO");
        assertThat(analysis.entities()).noneMatch(entity -> entity.name().contains("bloc"));
    }
}
