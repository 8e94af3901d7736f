package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Named bodies no dictionary lists and the tagger may leave untagged, headed by a body word with
 * no sector ("union", "forum", "movement"), and the names that run on past their head word.
 */
class UntaggedBodiesTest {

    @Test
    void unionNamedWithACountryIsOfThatCountry() {
        ActorAnalysis analysis = resolve("The Cotton Union of Uzbekistan urged the government on Monday to raise purchase prices.");
        Entity union = named(analysis, "Cotton Union");
        assertThat(union.code()).isEqualTo("UZB");
        assertThat(union.sector()).as("a bare union may be a labour, trade or political body").isNull();
        assertThat(union.codedBy()).contains("countries.tsv");
    }

    @Test
    void forumNamedWithADemonymIsOfThatCountryAndKeepsItsWholeName() {
        ActorAnalysis analysis = resolve("The Moroccan Forum for Civil Liberties accused the police of beating students in Rabat.");
        Entity forum = named(analysis, "Moroccan Forum for Civil Liberties");
        assertThat(forum.code()).isEqualTo("MAR");
        assertThat(forum.sector()).isNull();
    }

    @Test
    void nameRunsOnThroughOnButNotThroughADate() {
        ActorAnalysis analysis = resolve("NAIROBI, May 4 (Reuters) - The Commission on Public Ethics said it would investigate the contracts. "
                + "The Constitutional Court on Monday rejected the appeal.");
        assertThat(named(analysis, "Commission on Public Ethics").code()).isEqualTo("KEN");
        assertThat(named(analysis, "Constitutional Court").code()).isEqualTo("KEN");
    }

    @Test
    void borderServiceOfACountryIsItsPolice() {
        ActorAnalysis analysis = resolve("Uzbekistan's border service said two guards were wounded in the clash.");
        Entity service = analysis.entities().stream().filter(entity -> entity.name().contains("border service")).findFirst().orElseThrow();
        assertThat(service.code()).isEqualTo("UZB");
        assertThat(service.sector()).isEqualTo("COP");
    }

    @Test
    void movementOfThingsIsNoBody() {
        ActorAnalysis analysis = resolve("ADEN, March 3 (Reuters) - The Houthi movement said on Monday it had fired missiles at a tanker. "
                + "The movement of ships through the Red Sea slowed sharply.");
        assertThat(named(analysis, "Houthis").mentions()).extracting(Mention::text).containsExactly("The Houthi movement");
        assertThat(analysis.entities()).noneMatch(entity -> entity.mentions().stream().anyMatch(mention -> mention.text().contains("movement of")));
    }

    @Test
    void unionsTheDictionariesKnowKeepTheirRows() {
        ActorAnalysis analysis = resolve("The European Union said it would send aid, and the Union for Democratic Renewal, an opposition party, "
                + "called for an inquiry.");
        assertThat(named(analysis, "European Union").code()).isEqualTo("EUR");
        Entity party = named(analysis, "Union for Democratic Renewal");
        assertThat(party.sector()).as("no labour union").isNotEqualTo("LAB");
    }

    @Test
    void hyphenatedSurnameTheTaggerMissedIsTheEarlierPerson() {
        ActorAnalysis analysis = resolve("Prime Minister Kamla Persad-Bissessar met fishermen in Cedros on Monday. "
                + "Persad-Bissessar, a firm critic of the detentions, said the coast guard would escort their boats.");
        assertThat(named(analysis, "Kamla Persad-Bissessar").mentions()).extracting(Mention::text).contains("Persad-Bissessar");
    }

    @Test
    void acronymOfANameInAnotherLanguageIsTheBodyForTheRestOfTheArticle() {
        ActorAnalysis analysis = resolve("JAYAPURA, Indonesia (AP) - The West Papua National Liberation Army (TPNPB) claimed the killings on Monday. "
                + "The TPNPB accused soldiers of burning houses in the village.");
        Entity army = named(analysis, "West Papua National Liberation Army");
        assertThat(army.code()).isEqualTo("IDN");
        assertThat(army.mentions()).extracting(Mention::text).contains("TPNPB");
    }

    @Test
    void theSocietyIsTheSocietyNamedBefore() {
        ActorAnalysis analysis = resolve("Immigration officers turned back two lawyers at the airport, the Law Society of Uganda said. "
                + "The society urged the government to protest.");
        Entity society = named(analysis, "Law Society");
        assertThat(society.code()).isEqualTo("UGA");
        assertThat(society.mentions()).extracting(Mention::text).contains("The society");
    }
}
