package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X said the map violated the treaty and asked Y to withdraw it": the parser may join the speaker's second verb to
 * the reported verb, lending it the reported clause's subject; a verbal act so joined (speaker-act in
 * word-lists.tsv) whose own subject names no one is the speaker's (CoordinatedSpeechAct).
 */
class CoordinatedSpeechActTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    private static List<String> actorCodes(List<Event> events, String rule) {
        return events.stream().filter(event -> event.rule().equals(rule))
                .flatMap(event -> event.actors().stream()).map(EventParty::code).toList();
    }

    @Test
    void aRequestJoinedToTheReportedClauseIsTheSpeakers() {
        List<Event> events = events(
                "Bolivia's foreign ministry said in a statement that the new map violated the 1904 treaty and asked Chile to withdraw it.");

        assertThat(actorCodes(events, "request.ask")).containsExactly("BOL");
        assertThat(events).filteredOn(event -> event.rule().equals("request.ask"))
                .flatExtracting(event -> event.recipients().stream().map(EventParty::code).toList()).containsExactly("CHL");
    }

    @Test
    void anAppealAfterAReportedForecastIsTheSpeakers() {
        List<Event> events = events("Peru's foreign minister said the ban would cost thousands of jobs and called on Ecuador to reverse it.");

        assertThat(actorCodes(events, "request.call-on")).containsExactly("PER");
    }

    @Test
    void anUrgingAfterAReportedJudgementIsTheSpeakers() {
        List<Event> events = events("Ecuador's foreign ministry said on Monday that the seizure was illegal and urged Colombia to return the boat.");

        assertThat(actorCodes(events, "request.urge")).containsExactly("ECU");
    }

    @Test
    void aWarningJoinedToAVerbTwoClausesDownIsTheSpeakers() {
        List<Event> events = events(
                "Vietnam's foreign ministry spokesman Le Van Hoa said foreign navies had no right to intervene and warned Beijing against further provocations.");

        assertThat(actorCodes(events, "threaten.warn")).containsExactly("VNM");
    }

    @Test
    void aMaterialActJoinedToTheReportedClauseIsNotTheSpeakers() {
        List<Event> events = events("The Peruvian police said unidentified gunmen stormed a village in Puno and killed 12 farmers.");

        assertThat(events).flatExtracting(Event::actors).extracting(party -> party.mention().text())
                .doesNotContain("The Peruvian police", "police");
    }
}
