package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The president or chair of a body that is not the state's takes the body's sector, not GOV. */
class HeadsOfBodiesTest {

    @Test
    void presidentOfAFarmersUnionIsNoGovernmentOfficial() {
        ActorAnalysis analysis = resolve("PARIS, Feb 2 (Reuters) - Farmers blocked roads around Lyon on Monday. \"We will not move until the "
                + "tax is gone,\" said Paul Girard, president of the FNSEA, the country's biggest farm union.");
        Entity girard = named(analysis, "Paul Girard");
        assertThat(girard.code()).isEqualTo("FRA");
        assertThat(girard.sector()).isEqualTo("LAB");
        assertThat(girard.codedBy()).contains("head of FNSEA");
    }

    @Test
    void presidentOfACountryKeepsGovernment() {
        ActorAnalysis analysis = resolve("PARIS, Feb 2 (Reuters) - Farmers blocked roads around Lyon on Monday. "
                + "French President Emmanuel Macron said the tax would be reviewed.");
        assertThat(named(analysis, "Emmanuel Macron").sector()).isEqualTo("GOV");
    }
}
