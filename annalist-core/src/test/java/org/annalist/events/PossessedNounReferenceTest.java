package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Our sanctions" after the sanctions were reported refers back to them: no second, self-directed event. */
class PossessedNounReferenceTest {

    @Test
    void ourSanctionsRepeatTheSanctionsAlreadyReported() {
        assertThat(CoderFixture.code("2025-02-19", "Britain imposed sanctions on Iranian banks on Wednesday. "
                + "\"The United Kingdom will not allow anyone to evade our sanctions,\" the foreign secretary said.").events())
                .filteredOn(event -> event.event().equals("SANCTION"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("GBR", "IRN"));
    }
}
