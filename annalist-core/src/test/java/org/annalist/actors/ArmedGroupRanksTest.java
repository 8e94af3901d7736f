package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An armed group's commanders and military spokesmen are rebels (its sector), not an army; a national army's stay MIL. */
class ArmedGroupRanksTest {

    @Test
    void armedGroupsMilitarySpokesmanIsARebel() {
        // Written for this test.
        ActorAnalysis analysis = resolve("SANAA, March 9 (Reuters) - Houthi military spokesman Abdullah Qasim said on Monday "
                + "the group had fired two missiles at a cargo ship. Yemeni army spokesman Ali Murshid said the missiles missed.");
        assertThat(named(analysis, "Abdullah Qasim").sector()).isEqualTo("REB");
        assertThat(named(analysis, "Abdullah Qasim").code()).isEqualTo("YEM");
        assertThat(named(analysis, "Ali Murshid").sector()).isEqualTo("MIL");
    }

    @Test
    void commanderOfAnArmedGroupNamedBeforeIsARebel() {
        // Written for this test.
        ActorAnalysis analysis = resolve("KHARTOUM, May 2 (AP) - The Rapid Support Forces said they had taken the town. "
                + "\"We will not stop,\" said Hamid Ahmed, a commander of the group.");
        assertThat(named(analysis, "Hamid Ahmed").sector()).isEqualTo("REB");
    }
}
