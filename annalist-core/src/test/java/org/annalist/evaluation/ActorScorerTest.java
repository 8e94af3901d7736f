package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.junit.jupiter.api.Test;

class ActorScorerTest {

    private static Entity organisation(String id, String name, String code) {
        return new Entity(id, name, "ORGANIZATION", code, "MIL", null, List.of(new Mention(0, name.length(), name, 0, MentionKind.NAME)), "test");
    }

    @Test
    void goldNameIsMatchedToTheClosestNameNotTheFirstLenientOne() {
        Entity army = organisation("e11", "army", null);
        Entity lebaneseArmy = organisation("e17", "Lebanese army", "LBN");

        assertThat(ActorScorer.bestNamed(List.of(army, lebaneseArmy), "Lebanese army")).contains(lebaneseArmy);
        assertThat(ActorScorer.bestNamed(List.of(army, lebaneseArmy), "the army")).contains(army);
        assertThat(ActorScorer.bestNamed(List.of(army), "Lebanese army")).contains(army);
    }

    @Test
    void aNameContainingTheGoldNameOutranksOneSharingOnlyItsLastWordAndInitial() {
        Entity romanian = organisation("e3", "Romania's foreign ministry", "ROU");
        Entity ministry = organisation("e5", "Foreign Ministry", "RUS");

        // "Romania's foreign ministry" is closer in length, but only its initial and last word are the gold's
        assertThat(ActorScorer.bestNamed(List.of(romanian, ministry), "Russia's Foreign Ministry")).contains(ministry);
        assertThat(ActorScorer.bestNamed(List.of(romanian), "Russia's Foreign Ministry")).contains(romanian);
    }

    @Test
    void anEntityWithTheGoldNameAsOneOfItsNamesOutranksOneWhoseNameTheGoldContains() {
        Entity libya = organisation("e1", "Libya", "LBY");
        Entity mission = new Entity("e4", "UNSMIL", "ORGANIZATION", "UNO", "GOV", null, List.of(
                new Mention(0, 29, "U.N. Support Mission in Libya", 0, MentionKind.NAME), new Mention(40, 46, "UNSMIL", 1, MentionKind.ALIAS)),
                "test");

        assertThat(ActorScorer.namedExactly(List.of(libya, mission), "U.N. Support Mission in Libya")).contains(mission);
        assertThat(ActorScorer.namedExactly(List.of(libya, mission), "Libya")).contains(libya);
        assertThat(ActorScorer.namedExactly(List.of(libya), "U.N. Support Mission in Libya")).isEmpty();
    }
}
