package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** "X thanked Y but urged it …": the object pronoun of a conjoined verb is the first verb's object, or its subject. */
class ConjunctPronounObjectTest {

    @Test
    void objectPronounOfSecondVerbIsTheFirstVerbsObject() {
        assertThat(CoderFixture.code("2025-06-11", "Lithuania praised Canada on Tuesday but urged it not to "
                + "lift its sanctions on Minsk.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("CAN");
    }

    @Test
    void subjectOfTheSecondVerbsComplementIsTheFirstVerbsObject() {
        assertThat(CoderFixture.code("2025-06-11", "Caracas accused Washington of waging economic war on "
                + "its people and demanded that it lift the oil embargo.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("VEN", "USA"));
    }

    @Test
    void pronounAfterASecondSubjectIsTheFirstVerbsSubject() {
        assertThat(CoderFixture.code("2025-06-11", "\"Lithuania has acted within its rights and Poland stands with it,\" "
                + "the Polish president wrote.").events())
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("POL", "LTU"));
    }

    @Test
    void pluralPronounDoesNotReferToASingularObject() {
        assertThat(CoderFixture.code("2025-06-11", "Ankara thanked Berlin on Monday but urged them to do more for the refugees.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.recipients()))
                .doesNotContain("DEU");
    }
}
