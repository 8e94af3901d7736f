package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A party the text calls the opposition is OPP, and so are the people who speak or lead for it. */
class OppositionPartiesTest {

    @Test
    void partyCalledTheOppositionAndItsSpokesmanAreOpposition() {
        ActorAnalysis analysis = resolve("LUSAKA, May 4 (Reuters) - The opposition United Reform Alliance accused the government of rigging "
                + "the vote in three districts. \"The count was stolen in broad daylight,\" party spokesman Joseph Banda said.");
        Entity banda = named(analysis, "Joseph Banda");
        assertThat(banda.sector()).isEqualTo("OPP");
        assertThat(banda.codedBy()).contains("which the text calls the opposition");
    }

    @Test
    void partyLeaderOfAPartyCalledTheOppositionBeforeItsNameIsOpposition() {
        ActorAnalysis analysis = resolve("LUSAKA, May 4 (Reuters) - A court on Monday dissolved the opposition Freedom Party for breaking "
                + "campaign finance rules. \"They can close an office, not a movement,\" party leader Mary Phiri told supporters.");
        assertThat(named(analysis, "Mary Phiri").sector()).isEqualTo("OPP");
    }

    @Test
    void partyLeaderOfARulingPartyStaysAParty() {
        ActorAnalysis analysis = resolve("LUSAKA, May 4 (Reuters) - The ruling Freedom Party won a majority in the district elections on Sunday. "
                + "\"The people have spoken,\" party leader Mary Phiri told supporters.");
        assertThat(named(analysis, "Mary Phiri").sector()).isEqualTo("PTY");
    }
}
