package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fishermen, their associations and a farmer quoted by name are civilians; farmers acting as a group are agriculture. */
class FishermenAndFarmersTest {

    @Test
    void fishermensAssociationAndItsHeadAreCivilians() {
        ActorAnalysis analysis = resolve("CHITTAGONG, Bangladesh (Reuters) - The fishermen's association said 40 boats had been held at sea. "
                + "\"Our men are not spies,\" said Rafiq Ullah, the association's head.");
        assertThat(named(analysis, "fishermen's association").sector()).isEqualTo("CVL");
        assertThat(named(analysis, "Rafiq Ullah").sector()).isEqualTo("CVL");
    }

    @Test
    void farmerQuotedByNameIsACivilianWhileFarmersAsAGroupAreAgriculture() {
        ActorAnalysis analysis = resolve("LIMA, March 3 (Reuters) - Thousands of farmers blocked the highway to the port on Tuesday. "
                + "\"We cannot sell below cost,\" said Rosa Quispe, a potato farmer from Cusco.");
        assertThat(named(analysis, "Rosa Quispe").sector()).isEqualTo("CVL");
        assertThat(analysis.entities()).anySatisfy(entity -> {
            assertThat(entity.name()).contains("farmers");
            assertThat(entity.sector()).isEqualTo("AGR");
        });
    }
}
