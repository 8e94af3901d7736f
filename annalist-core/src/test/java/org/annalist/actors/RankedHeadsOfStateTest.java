package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The head of a military government called by rank alone is GOV; an officer the dictionaries do not list as one stays MIL. */
class RankedHeadsOfStateTest {

    @Test
    void juntaLeaderNamedByRankIsTheGovernment() {
        ActorAnalysis analysis = resolve("NIAMEY, May 4 (Reuters) - Niger's military leader, General Abdourahamane Tiani, said on Sunday "
                + "that the border with Benin would stay closed until further notice.");
        Entity tiani = named(analysis, "Abdourahamane Tiani");
        assertThat(tiani.code()).isEqualTo("NER");
        assertThat(tiani.sector()).isEqualTo("GOV");
        assertThat(tiani.codedBy()).contains("is only their rank");
    }

    @Test
    void officerNotListedAsHeadOfStateKeepsHisRank() {
        ActorAnalysis analysis = resolve("NIAMEY, May 4 (Reuters) - Niger's army chief of staff, General Moussa Salaou Barmou, said on Sunday "
                + "that troops had retaken the town.");
        assertThat(named(analysis, "Moussa Salaou Barmou").sector()).isEqualTo("MIL");
    }

    @Test
    void theJuntaIsTheGovernment() {
        ActorAnalysis analysis = resolve("BAMAKO, May 4 (Reuters) - The junta ordered the French ambassador to leave the country within 72 hours.");
        Entity junta = named(analysis, "junta");
        assertThat(junta.sector()).isEqualTo("GOV");
    }
}
