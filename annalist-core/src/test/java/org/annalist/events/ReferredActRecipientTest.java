package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recipients the domestic fallback used to give the reacting side's own country: a bare noun that
 * refers back to another side's act or meeting ("condemned this act", "condemned the meeting",
 * "welcomed the loan"), and a kind of armed group killed in a story naming that group.
 */
class ReferredActRecipientTest {

    @Test
    void condemnedActPointsAtTheEarlierAttacker() {
        List<Event> events = CoderFixture.code("2026-03-10", "TALLINN, March 10 (Reuters) - Russian border guards fired water cannon at an "
                + "Estonian patrol boat on Lake Peipus on Monday, Estonia's government said. "
                + "\"We condemn this reckless and unlawful act,\" Estonian Foreign Minister Margus Tamm told reporters.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EST", "RUS"));
    }

    @Test
    void condemnedMeetingPointsAtBothSidesThatMet() {
        List<Event> events = CoderFixture.code("2026-04-03", "Japan's defence minister met his Philippine counterpart in Manila on Friday. "
                + "China condemned the meeting.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CHN", "JPN,PHL"));
    }

    @Test
    void welcomedLoanPointsAtTheLender() {
        List<Event> events = CoderFixture.code("2026-05-12", "Kuwait agreed a loan of 300 million dollars with Jordan's government on Monday. "
                + "Jordanian officials welcomed the loan.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("JOR", "KWT"));
    }

    @Test
    void holdingTheMeetingDoesNotReferBackToItself() {
        List<Event> events = CoderFixture.code("2026-06-02", "Indian and Pakistani officials will meet in Doha next week. "
                + "Qatar welcomed the decision of New Delhi and Islamabad to hold the meeting in its capital.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("CONSULT") && event.evidence().trigger().text().contains("hold"))
                .allSatisfy(event -> assertThat(codes(event.recipients())).doesNotContain("IND").doesNotContain("PAK"));
    }

    @Test
    void militantsKilledInAStoryNamingTheirGroupAreThatGroup() {
        List<Event> events = CoderFixture.code("2026-07-20", "MAIDUGURI, Nigeria, July 20 - Islamic State West Africa Province fighters "
                + "raided a village in Borno state on Saturday. Nigerian troops killed at least 12 militants in a gunfight near the "
                + "village, the army said.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ASSAULT") && event.evidence().trigger().text().contains("killed"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("NGA", "IMG"));
    }

    @Test
    void actNamingItsOwnObjectTakesNoGuessFromTheLead() {
        List<Event> events = CoderFixture.code("2026-04-14", "HONIARA, April 14 (Reuters) - China sent a team of police advisers to the Solomon Islands "
                + "last month to train local officers. Police fired tear gas at hundreds of protesters in Honiara on Monday and detained 40 people. "
                + "Opposition leader Peter Kenilorea demanded the immediate release of all those detained.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("SLB");
    }
}
