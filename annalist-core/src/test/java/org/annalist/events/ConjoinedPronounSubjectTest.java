package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X did A, and it did B": the pronoun subject of a conjoined clause is the first clause's subject. */
class ConjoinedPronounSubjectTest {

    @Test
    void pronounOfSecondClauseIsTheFirstSubject() {
        assertThat(CoderFixture.code("2025-10-14", "Peru recalled its ambassador from La Paz on Monday, and it accused "
                + "Bolivia of meddling in the election.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("PER", "BOL"));
    }
}
