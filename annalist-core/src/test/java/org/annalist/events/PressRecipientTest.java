package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speaking to a news outlet is an interview, not a consultation with the outlet's country. */
class PressRecipientTest {

    @Test
    void speakingToANewsAgencyIsNoConsultation() {
        Coded coded = code("The Kenyan foreign minister spoke to Reuters in Nairobi on Monday.");

        assertThat(coded.events()).extracting(Event::event).doesNotContain("CONSULT");
    }

    @Test
    void speakingToAGovernmentStaysAConsultation() {
        Coded coded = code("The Kenyan foreign minister spoke to his Ugandan counterpart in Nairobi on Monday.");

        assertThat(coded.events()).extracting(Event::event).contains("CONSULT");
    }

    private record Coded(List<Event> events) {}

    private static Coded code(String text) {
        return new Coded(CoderFixture.code("2025-02-10", text).events());
    }
}
