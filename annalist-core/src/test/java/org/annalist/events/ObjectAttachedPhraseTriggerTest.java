package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** Trigger words the parser hangs on the object rather than the verb: a court phrase, a quantity of goods. */
class ObjectAttachedPhraseTriggerTest {

    @Test
    void courtChallengeAttachedToTheObjectIsALawsuit() {
        assertThat(CoderFixture.code("2025-03-04", "The Ugandan opposition said it would challenge the ruling at the Court of Appeal next month.").events())
                .extracting(event -> tuple(event.event(), event.cameo(), event.rule()))
                .contains(tuple("ACCUSE", "115", "accuse.challenge-x-at-court"));
    }

    @Test
    void tonnesOfMedicalSuppliesFlownInAreMedicalAid() {
        assertThat(CoderFixture.code("2025-03-04", "Qatar flew 30 tonnes of medical supplies to Juba on Monday.").events())
                .extracting(event -> tuple(event.event(), event.rule(), codes(event.actors()), codes(event.recipients())))
                .containsExactly(tuple("AID", "aid.fly-medical-supplies-to", "QAT", "SSD"));
    }

    @Test
    void allegationsRaisedWithAGovernmentAreAComplaintToIt() {
        assertThat(CoderFixture.code("2025-03-04", "The European Commission said it would raise the allegations with Libyan authorities.").events())
                .extracting(event -> tuple(event.event(), event.cameo(), codes(event.actors()), codes(event.recipients())))
                .containsExactly(tuple("ACCUSE", "114", "EUR", "LBY"));
    }
}
