package org.annalist.actors;

import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A gerund the parser hangs on a group noun as an adjective is not part of the group's name. */
class GerundBeforeGroupNounTest {

    @Test
    void theGerundAfterAPrepositionIsTheVerbNotTheGroupsName() {
        // Written for this test
        ActorAnalysis analysis = resolve("ISLAMABAD (Reuters) - Pakistani officials have accused the Taliban of sheltering "
                + "militants who attacked border posts this year.");

        assertThat(analysis.entities()).extracting(Entity::name)
                .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("sheltering"));
        assertThat(analysis.entities()).extracting(Entity::name).contains("militants");
    }

    @Test
    void aParticipleAfterADeterminerStaysInTheName() {
        // Written for this test
        ActorAnalysis analysis = resolve("NAIROBI (AP) — The ruling party of Kenya said on Monday it would hold a congress in May.");

        assertThat(analysis.entities()).extracting(Entity::name).anyMatch(name -> name.contains("ruling party"));
    }
}
