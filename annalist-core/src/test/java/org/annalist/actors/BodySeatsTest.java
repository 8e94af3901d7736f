package org.annalist.actors;

import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body named with the place it sits in: the place names it, and codes a local body with no owner. */
class BodySeatsTest {

    @Test
    void localBodyWithNoOwnerIsOfItsSeatsCountryNotTheDatelines() {
        ActorAnalysis analysis = resolve("WARSAW, Poland (Reuters) - Poland closed another crossing on its border with Belarus on Tuesday, "
                + "the Polish border guard said.\n\n"
                + "A court in Hrodna sentenced two Polish truck drivers to three years in prison, their lawyer said.");
        assertThat(analysis.entities()).anySatisfy(entity -> {
            assertThat(entity.name()).isEqualTo("A court in Hrodna");
            assertThat(entity.code()).isEqualTo("BLR");
            assertThat(entity.codedBy()).contains("named with its seat");
        });
    }

    @Test
    void embassyIsNamedWithItsSeatButKeepsItsOwnersCode() {
        ActorAnalysis analysis = resolve("CARACAS (Reuters) - Venezuela detained three fishing boats near its coast on Monday.\n\n"
                + "The Canadian embassy in Caracas said it was seeking consular access to two of the crew.");
        assertThat(analysis.entities()).anySatisfy(entity -> {
            assertThat(entity.name()).isEqualTo("Canadian embassy in Caracas");
            assertThat(entity.code()).isEqualTo("CAN");
        });
    }

    @Test
    void governmentNamedWithACapitalIsThatCountrysInAStoryFiledFromItsNeighbour() {
        ActorAnalysis analysis = resolve("LOME, Togo (AFP) - Togo closed its northern border crossings on Wednesday after a clash between "
                + "herders and farmers, the interior ministry said.\n\n"
                + "The military authorities in Ouagadougou said the closure would hurt trade on both sides.");
        assertThat(analysis.entities()).anySatisfy(entity -> {
            assertThat(entity.name()).isEqualTo("military authorities in Ouagadougou");
            assertThat(entity.code()).isEqualTo("BFA");
        });
    }

    @Test
    void groupIsOfTheCountryItsOwnFromPhraseNames() {
        ActorAnalysis analysis = resolve("NAIROBI, Kenya (AP) - Soldiers from Uganda entered a village near the border on Monday, "
                + "residents said.");
        assertThat(analysis.entities()).anySatisfy(entity -> {
            assertThat(entity.name()).isEqualTo("Soldiers");
            assertThat(entity.code()).isEqualTo("UGA");
        });
    }

    @Test
    void aFromPhraseOnTheVerbSaysWhereTheyLeftNotWhoseTheyAre() {
        ActorAnalysis analysis = resolve("JERUSALEM (AP) - Israel withdrew troops from Egypt's border on Monday, the army said.");
        assertThat(analysis.entities()).filteredOn(entity -> entity.name().equals("troops"))
                .allSatisfy(entity -> assertThat(entity.code()).isNotEqualTo("EGY"));
    }
}
