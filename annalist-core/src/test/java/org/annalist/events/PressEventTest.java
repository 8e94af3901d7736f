package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Said at a news conference": a press event is where a statement was made, not a consultation. */
class PressEventTest {

    @Test
    void newsConferenceIsNoConsultation() {
        List<Event> events = CoderFixture.code("2025-04-22", "\"The launches are unacceptable,\" Foreign Minister Penny Wong "
                + "told a weekly news conference in Canberra.").events();
        assertThat(events).extracting(Event::event).doesNotContain("CONSULT");
    }

    @Test
    void conferenceOfMinistersIsStillAConsultation() {
        List<Event> events = CoderFixture.code("2025-04-22", "Australia and Indonesia held a conference of defence ministers "
                + "in Jakarta on Tuesday.").events();
        assertThat(events).extracting(Event::event).contains("CONSULT");
    }
}
