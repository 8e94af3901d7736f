package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bodies and officials of the place a story names, not of the dictionary row a word of their name matches. */
class LocalBodiesTest {

    @Test
    void placeBeforeAForeignBodysAliasNamesThePlacesOwnBody() {
        ActorAnalysis analysis = resolve("Officers of the Dhaka Metropolitan Police detained 40 students on Sunday. "
                + "Karachi Metropolitan Police spokesman Adnan Sheikh said two officers were hurt.");
        Entity dhaka = named(analysis, "Dhaka Metropolitan Police");
        assertThat(dhaka.code()).isEqualTo("BGD");
        assertThat(dhaka.sector()).isEqualTo("COP");
        assertThat(dhaka.codedBy()).contains("Dhaka").contains("organisations.tsv");
        assertThat(named(analysis, "Adnan Sheikh").code()).isEqualTo("PAK");
        assertThat(named(analysis, "Karachi Metropolitan Police").code()).isEqualTo("PAK");
    }

    @Test
    void bodyAliasAloneKeepsItsDictionaryCountry() {
        ActorAnalysis analysis = resolve("The Metropolitan Police said on Friday that three men had been charged.");
        assertThat(named(analysis, "Scotland Yard").code()).isEqualTo("GBR");
    }

    @Test
    void stateBodyNamedWithoutACountryIsOfTheDatelineCountry() {
        ActorAnalysis analysis = resolve("NAIROBI, March 3 (Reuters) - Police fired tear gas at hundreds of traders in the capital on Tuesday. "
                + "The Electoral Commission said the vote would go ahead, and the Supreme Court rejected a petition to delay it. "
                + "Ugandan President Yoweri Museveni said his government was watching closely.");
        assertThat(named(analysis, "Police").code()).isEqualTo("KEN");
        assertThat(named(analysis, "Electoral Commission").code()).isEqualTo("KEN");
        assertThat(named(analysis, "Electoral Commission").codedBy()).contains("Nairobi");
        assertThat(named(analysis, "Supreme Court").code()).isEqualTo("KEN");
        assertThat(analysis.entities().stream()
                .filter(entity -> entity.mentions().stream().anyMatch(mention -> mention.text().equals("his government"))).findFirst())
                .hasValueSatisfying(government -> assertThat(government.code()).isNotEqualTo("KEN"));
    }

    @Test
    void courtNamedWithAPlaceIsOfThatPlacesCountry() {
        ActorAnalysis analysis = resolve("The Busan District Court ordered the sale of the company's patents on Tuesday.");
        Entity court = named(analysis, "Busan District Court");
        assertThat(court.code()).isEqualTo("KOR");
        assertThat(court.sector()).isEqualTo("JUD");
    }

    @Test
    void stateBodyWithoutDatelineOrPlaceStaysUncoded() {
        ActorAnalysis analysis = resolve("The Constitutional Court struck down the law on Friday, and the Election Commission said it would comply.");
        assertThat(named(analysis, "Constitutional Court").code()).isNull();
    }

    @Test
    void companiesFileCodesCompaniesWithTheirHomeCountry() {
        ActorAnalysis analysis = resolve("Chevron and Mitsubishi Heavy Industries signed a gas deal with Sonatrach in Algiers on Monday.");
        assertThat(named(analysis, "Chevron").code()).isEqualTo("USA");
        assertThat(named(analysis, "Chevron").sector()).isEqualTo("BUS");
        assertThat(named(analysis, "Mitsubishi Heavy Industries").code()).isEqualTo("JPN");
        assertThat(named(analysis, "Mitsubishi Heavy Industries").codedBy()).contains("companies.tsv");
        assertThat(named(analysis, "Sonatrach").code()).isEqualTo("DZA");
    }

    @Test
    void namedFleetsAreTheirNavysCountry() {
        ActorAnalysis analysis = resolve("The 5th Fleet said a destroyer had shadowed the tanker, and Russia's Northern Fleet began drills in the Barents Sea.");
        assertThat(named(analysis, "US Fifth Fleet").code()).isEqualTo("USA");
        assertThat(named(analysis, "US Fifth Fleet").sector()).isEqualTo("MIL");
        assertThat(named(analysis, "Northern Fleet").code()).isEqualTo("RUS");
    }

    @Test
    void bodyDescribedAsBasedInAPlaceIsOfThatPlacesCountry() {
        ActorAnalysis analysis = resolve("The tanker is managed by the Karachi-based company Indus Crescent Shipping, which said the crew was safe.");
        Entity manager = named(analysis, "Indus Crescent Shipping");
        assertThat(manager.code()).isEqualTo("PAK");
        assertThat(manager.codedBy()).contains("based in Karachi");
    }

    @Test
    void bodyAliasAtTheEndOfALongerNameIsNotTheDictionaryBody() {
        ActorAnalysis analysis = resolve("Yakubu Adamu, a spokesman for the opposition African Democratic Congress, said the attack showed the government had failed.");
        assertThat(analysis.entities()).noneMatch(entity -> "USA".equals(entity.code()));
        assertThat(analysis.entities()).anyMatch(entity -> entity.name().contains("African Democratic Congress"));
    }

    @Test
    void commonNounStateBodyAsSubjectIsOfTheDatelineCountryButNotAsAnotherStatesObject() {
        ActorAnalysis analysis = resolve("ALGIERS, Feb 11 (Reuters) - The presidency said a Moroccan drone had struck two lorries near the border. "
                + "Moroccan Defence Minister Karim Alaoui said he had ordered the navy to stay in port.");
        assertThat(named(analysis, "presidency").code()).isEqualTo("DZA");
        assertThat(named(analysis, "navy").code()).isNotEqualTo("DZA");
    }

    @Test
    void stateBodyASpokespersonSpeaksForIsOfTheDatelineCountry() {
        ActorAnalysis analysis = resolve("LA PAZ, Bolivia (AP) - Miners ended their blockade on Friday. "
                + "The government welcomed the deal, a spokeswoman for the presidency said.");
        Entity presidency = named(analysis, "presidency");
        assertThat(presidency.code()).isEqualTo("BOL");
        assertThat(presidency.sector()).isEqualTo("GOV");
    }

    @Test
    void namedBodyNoDictionaryKnowsIsOfItsPossessorOrTheDatelineCountry() {
        ActorAnalysis analysis = resolve("HARARE, May 2 (Reuters) - Police arrested 40 members of the Citizens Coalition for Change on Saturday. "
                + "Russia's Southern Military District said it had sent observers, and the Inter-American Commission on Human Rights urged restraint.");
        assertThat(analysis.entities()).filteredOn(entity -> entity.name().contains("Citizens Coalition for Change"))
                .singleElement().satisfies(party -> assertThat(party.code()).isEqualTo("ZWE"));
        assertThat(analysis.entities()).filteredOn(entity -> entity.name().contains("Southern Military District"))
                .isNotEmpty().allSatisfy(district -> assertThat(district.code()).isEqualTo("RUS"));
        assertThat(analysis.entities()).filteredOn(entity -> entity.name().contains("Inter-American"))
                .isNotEmpty().allSatisfy(commission -> assertThat(commission.code()).isNotEqualTo("ZWE"));
    }

    @Test
    void stateGroupActingAsSubjectIsOfTheDatelineCapitalsCountry() {
        ActorAnalysis analysis = resolve("BELGRADE, Sept 9 (AFP) - Serbian police detained dozens of students overnight. "
                + "On Wednesday, prosecutors dropped charges against 12 of them, a lawyer said.");
        assertThat(named(analysis, "prosecutors").code()).isEqualTo("SRB");
    }

    @Test
    void namedArmedGroupTheDictionariesLackIsOfTheDatelineCountry() {
        ActorAnalysis analysis = resolve("YAOUNDE, March 17 (AFP) - Separatist fighters attacked a gendarmerie post on Sunday. "
                + "The Ambazonia Defence Forces claimed the attack in a video.");
        assertThat(analysis.entities()).filteredOn(entity -> entity.mentions().stream().anyMatch(m -> m.text().contains("Ambazonia Defence Forces")))
                .isNotEmpty().allSatisfy(group -> assertThat(group.code()).isEqualTo("CMR"));
    }

    @Test
    void stateBodyWhoseWordWasJustUsedWithACountryIsThatCountrys() {
        ActorAnalysis analysis = resolve("ABUJA, Nov 24 (Reuters) - Islamic State fighters attacked a Nigerien army post near the border "
                + "town of Diffa on Sunday, killing six soldiers, the army said in a statement.");
        assertThat(named(analysis, "army").code()).isEqualTo("NER");
    }

    @Test
    void stateBodyWithNoCountryWordNearbyKeepsTheDatelineCountry() {
        ActorAnalysis analysis = resolve("ABUJA, Nov 24 (Reuters) - Gunmen attacked a village near the border with Niger on Sunday, "
                + "killing six farmers, the army said in a statement.");
        assertThat(named(analysis, "army").code()).isEqualTo("NGA");
    }
}
