package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an agreement or offer is about narrows AGREE 030 as it narrows a demand (event-aims.tsv):
 * agreeing or offering to meet, talk or negotiate is CAMEO 036, offering to mediate or to host the
 * others' talks 039. An agreement about something else keeps 030. And an expelled diplomat is CAMEO
 * 166 (expel), not 161.
 */
class IntentToMeetAimTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void agreeingToResumeTalksIsIntentToNegotiate() {
        assertThat(code("Serbia and Kosovo agreed on Monday to resume talks in Brussels."))
                .extracting(Event::event, Event::cameo)
                .containsExactly(tuple("AGREE", "036"));
    }

    @Test
    void offeringToMeetIsIntentToMeet() {
        assertThat(code("Bolivia's president offered to meet Peruvian ministers in La Paz."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("AGREE", "036", "BOL"));
    }

    @Test
    void offeringToMediateIsIntentToMediate() {
        assertThat(code("Qatar offered on Sunday to mediate between Chad and Sudan."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("AGREE", "039", "QAT"));
    }

    @Test
    void expellingDiplomatsIsAnExpulsion() {
        assertThat(code("Latvia expelled two Russian diplomats on Tuesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "166", "LVA", "RUS"));
    }
}
