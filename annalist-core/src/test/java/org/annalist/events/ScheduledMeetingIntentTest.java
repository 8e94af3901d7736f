package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A future meeting the sentence dates after the article ("would travel to Paris next week") is a scheduled event,
 * coded as the future CONSULT alone; an undated one ("would visit Ethiopia") is also a declared intention, an AGREE
 * 036 beside it (future-intent beside). A date that belongs to the reporting verb ("said on Wednesday") does not
 * schedule the meeting (CodingConvention.timesOfAction). A meeting set for the article's own day ("will meet … on
 * Tuesday" in a Tuesday paper) is scheduled too.
 */
class ScheduledMeetingIntentTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void aMeetingDatedNextWeekIsNoDeclaredIntention() {
        assertThat(code("Lebanon's prime minister said he would travel to France next week to meet the French president."))
                .extracting(Event::event)
                .contains("CONSULT")
                .doesNotContain("AGREE");
    }

    @Test
    void anUndatedVisitIsAlsoAnIntention() {
        assertThat(code("Kenya's president said he would visit Ethiopia to discuss the border."))
                .extracting(Event::event, Event::cameo)
                .contains(tuple("AGREE", "036"));
    }

    @Test
    void theDateOfTheSayingDoesNotScheduleTheMeeting() {
        assertThat(code("Kenya's president said on Wednesday he would visit Ethiopia to discuss the border."))
                .extracting(Event::event, Event::cameo)
                .contains(tuple("AGREE", "036"));
    }

    @Test
    void aMeetingSetForLaterOnTheArticlesDayIsNoDeclaredIntentionEither() {
        // 2025-06-10 is a Tuesday: the meeting is later that day
        assertThat(code("Kenya's president will meet Ethiopia's prime minister in Nairobi on Tuesday, his office said."))
                .extracting(Event::event)
                .contains("CONSULT")
                .doesNotContain("AGREE");
    }
}
