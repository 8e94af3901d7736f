package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An accusation or a threat is never aimed at the actor itself: a recipient role that names only the
 * actor's own entity ("warned that his members would boycott") was misread, and the other recipient
 * rules look further instead of the event being dropped.
 */
class SelfExcludingRecipientTest {

    private static List<Event> events(String text, String type) {
        return CoderFixture.code("2026-10-14", text).events().stream().filter(event -> event.event().equals(type)).toList();
    }

    @Test
    void threatWhoseComplementIsTheSpeakersOwnSideStaysADomesticThreat() {
        assertThat(events("NAIROBI (Reuters) - Kenyan opposition lawmaker Joseph Mwangi warned on Tuesday that his members would boycott "
                + "the budget vote next week if teachers' salaries were not restored.", "THREATEN"))
                .extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactly("KEN->KEN");
    }
}
