package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body name many states have (a Democratic Party, a Labour Party, the Catholic Church) is the one of the state the story is filed from. */
class SharedBodyNamesTest {

    @Test
    void partyNameInAStoryFromAnotherStatesCapitalIsThatStatesParty() {
        ActorAnalysis analysis = resolve("ULAANBAATAR (Reuters) - Hundreds of herders marched on the parliament on Friday over a copper royalty deal. "
                + "Lawmakers of the opposition Democratic Party called for a vote of no confidence in the mining minister.");
        Entity party = named(analysis, "Democratic Party");
        assertThat(party.code()).isEqualTo("MNG");
        assertThat(party.codedBy()).contains("shared-body-names.tsv");
    }

    @Test
    void partyLeaderInAStoryFromAnotherStatesCapitalIsOfThatState() {
        ActorAnalysis analysis = resolve("WELLINGTON (AFP) - The government signed a dairy trade pact with Chile on Tuesday. "
                + "Opposition Labour leader Aroha Tane said the pact gave away too much.");
        assertThat(named(analysis, "Aroha Tane").code()).isEqualTo("NZL");
    }

    @Test
    void partyNameKeepsItsStateWhenTheStoryNamesThatState() {
        ActorAnalysis analysis = resolve("LONDON (Reuters) - Voters in the United States go to the polls next week. "
                + "The Democratic Party has raised more money than in any midterm race before.");
        assertThat(named(analysis, "Democratic Party").code()).isEqualTo("USA");
    }

    @Test
    void churchInAStoryFromAnotherCapitalIsThatStatesChurchEvenWhenTheVaticanIsNamed() {
        ActorAnalysis analysis = resolve("LIMA, May 3 (Reuters) - Protesting miners lifted a road blockade on Saturday after talks brokered by the Catholic Church. "
                + "The Vatican's envoy in Lima welcomed the deal.");
        Entity church = named(analysis, "Catholic Church");
        assertThat(church.code()).isEqualTo("PER");
        assertThat(church.sector()).isEqualTo("REL");
    }
}
