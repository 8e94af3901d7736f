package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A consultation needs a second party: one body meeting alone codes no CONSULT; two parties still do. */
class LoneConsultationTest {

    @Test
    void aBodysOwnMeetingIsNoConsultation() {
        CodingResult coded = CoderFixture.code("2025-06-02",
                "Kenya's cabinet met in Nairobi on Monday to review the budget.");

        assertThat(coded.events()).filteredOn(event -> event.event().equals("CONSULT")).isEmpty();
        assertThat(coded.decisions()).anyMatch(decision -> decision.reason() == DecisionReason.LONE_CONSULTATION);
    }

    @Test
    void aMeetingBetweenTwoCountriesStaysAConsultation() {
        CodingResult coded = CoderFixture.code("2025-06-02",
                "Kenya's foreign minister met his Ugandan counterpart in Nairobi on Monday.");

        assertThat(coded.events()).filteredOn(event -> event.event().equals("CONSULT"))
                .extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactly("KEN->UGA");
    }
}
