package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A trigger noun inside an organisation's name ("Defence Cooperation" in "the Joint Defence Cooperation Commission") is not an event. */
class NamesAreNotEventsTest {

    @Test
    void aCooperationCommissionsNameCodesNoCooperation() {
        CodingResult result = CoderFixture.code("2025-07-04",
                "Officers of Kazakhstan and Uzbekistan attended the third meeting of the Joint Defence Cooperation Commission in Astana on Friday.");

        assertThat(result.events()).extracting(Event::event).doesNotContain("COOPERATE");
        assertThat(result.decisions()).anySatisfy(decision -> assertThat(decision.reason()).isEqualTo(DecisionReason.PART_OF_NAME));
    }
}
