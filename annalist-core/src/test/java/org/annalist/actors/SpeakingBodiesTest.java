package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Unions, associations and families that speak in wire copy are bodies of their own, named by what the text says of them. */
class SpeakingBodiesTest {

    @Test
    void ownedBodyWithoutASectorOfItsOwnIsABody() {
        ActorAnalysis analysis = resolve("Hundreds of fishermen went on strike in the port on Tuesday. "
                + "Their association said the strike would continue. The association said it would appeal to the court.");
        Entity association = named(analysis, "association");
        assertThat(association.type()).isEqualTo("ORGANIZATION");
        assertThat(association.mentions()).extracting(Mention::text).containsExactly("Their association", "The association");
    }

    @Test
    void bareBodyWordWithoutAnOwnerStaysNobody() {
        ActorAnalysis analysis = resolve("The commission said the report would be published next month.");
        assertThat(analysis.entities()).noneMatch(entity -> entity.name().equalsIgnoreCase("commission"));
    }

    @Test
    void unionsAndFamiliesAreBodiesWithTheirSector() {
        ActorAnalysis analysis = resolve("The teachers' union said two teachers had been freed. "
                + "Teachers' unions in the capital said they would stop work for a day. "
                + "He was delivering medicine to a clinic, the Whitaker family said.");
        assertThat(named(analysis, "teachers' union").sector()).isEqualTo("LAB");
        assertThat(named(analysis, "Whitaker family").sector()).isEqualTo("CVL");
        assertThat(analysis.entities()).anyMatch(entity -> entity.sector() != null && entity.sector().equals("LAB")
                && entity.mentions().stream().anyMatch(mention -> mention.text().contains("unions")));
    }

    @Test
    void bodyWordInsideAKnownBodysNameGivesNoSectorOfItsOwn() {
        ActorAnalysis analysis = resolve("African Union Commission chairperson Mahmoud Ali Youssouf urged both sides to talk.");
        Entity chairperson = named(analysis, "Mahmoud Ali Youssouf");
        assertThat(chairperson.code()).isEqualTo("IGO");
        assertThat(chairperson.sector()).isNotEqualTo("LAB");
    }
}
