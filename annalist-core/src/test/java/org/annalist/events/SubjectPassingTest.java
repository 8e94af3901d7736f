package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * Verbs whose doer is not their own nsubj: the gerund complement of an aspect verb takes the aspect
 * verb's subject ({@link SubjectPassing}); controlled infinitives, conjoined verbs and partitives get
 * theirs from the enhanced++ parse; a reduced relative's agent and a "keep"/"stop" gerund get none.
 */
class SubjectPassingTest {

    @Test
    void gerundAfterBeginIsDoneByTheSubjectOfBegin() {
        assertThat(CoderFixture.code("2025-03-04", "The Sudanese army had begun shelling the town of Wad Madani before dawn.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("SDN");
    }

    @Test
    void gerundAfterStartIsDoneByTheSubjectOfStart() {
        assertThat(CoderFixture.code("2025-03-04", "Russian forces started bombarding the Ukrainian port of Odesa on Monday.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("RUS", "UKR"));
    }

    @Test
    void gerundAfterAVerbOfEndingGetsNoActor() {
        // "stopped funding" ends the aid; it is not an act of aid by the Union (the deployment is Rwanda's own event)
        assertThat(CoderFixture.code("2025-03-04", "The European Union stopped funding the Rwandan deployment in Mozambique last year.").events())
                .filteredOn(event -> event.event().equals("AID"))
                .extracting(event -> codes(event.actors()))
                .doesNotContain("EUR");
    }

    @Test
    void gerundAfterKeepGetsNoActor() {
        // "would keep attacking" states an intention or a threat, not an attack
        assertThat(CoderFixture.code("2025-03-04", "The Houthis said they would keep attacking ships linked to Israel.").events())
                .extracting(Event::event)
                .doesNotContain("ASSAULT");
    }

    @Test
    void controlledInfinitiveTakesTheSubjectFromTheParse() {
        assertThat(CoderFixture.code("2025-03-04", "Eritrea continued to fund armed groups in northern Ethiopia, the report said.").events())
                .filteredOn(event -> event.event().equals("AID"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("ERI");
    }

    @Test
    void conjoinedVerbSharesTheSubject() {
        assertThat(CoderFixture.code("2025-03-04", "The Syrian army shelled the village and detained dozens of its residents.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("SYR");
    }

    @Test
    void reducedRelativeAgentIsNotAnActor() {
        // "backed by" describes the troops; the gold codes no support event for such a phrase
        assertThat(CoderFixture.code("2025-03-04", "Somali troops, backed by Kenyan soldiers, launched an offensive against al-Shabaab on Saturday.").events())
                .extracting(Event::event)
                .doesNotContain("SUPPORT");
    }
    @Test
    void gerundReadAsAdjectiveOfItsObjectIsDoneByTheSubjectOfBegin() {
        // the parser may make "flying" an adjective of "food" and "food" the object of "begun"
        assertThat(CoderFixture.code("2025-03-04", "The World Food Programme said it had begun flying food to a camp in eastern Chad.").events())
                .filteredOn(event -> event.event().equals("AID"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("UNO");
    }

    @Test
    void gerundReadAsAdjectiveOfConjoinedObjectsIsDoneByTheSubjectOfBegin() {
        assertThat(CoderFixture.code("2025-03-04", "UNICEF said it had begun delivering tents and water to about 3,000 families in Sindh.").events())
                .filteredOn(event -> event.event().equals("AID"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("UNO");
    }

    @Test
    void sharingReadAsAdjectiveOfInformationIsCooperation() {
        assertThat(CoderFixture.code("2025-03-04", "Kenyan and Ugandan police have begun sharing information on cattle raiders along the border, officials said.").events())
                .filteredOn(event -> event.event().equals("COOPERATE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("KEN,UGA");
    }
}
