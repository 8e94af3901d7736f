package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actors the parser strands: a verb after a closed quotation joined to a word inside it, or given a
 * subject inside it ({@link QuotedConjunct}), a main verb hung inside the subject's relative clause
 * ({@link RelativeClauseSubject}), and a closing "…, meeting one of the demands" (participle-act).
 */
class QuotedAndRelativeSubjectTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void aWarningAfterAQuotationIsTheSpeakers() {
        List<Event> events = events("Belarusian Foreign Minister Igor Kozlov said the sanctions were \"a reckless gamble by politicians who take "
                + "orders from Washington\" and warned that Polish freight trains would be stopped at the border.");

        assertThat(events).filteredOn(event -> event.rule().equals("threaten.warn")).singleElement()
                .satisfies(event -> assertThat(event.actors()).extracting(EventParty::code).containsExactly("BLR"));
    }

    @Test
    void anOfferAfterAQuotedPhraseIsTheOneWhoUrged() {
        List<Event> events = events("Kenyan President William Ruto urged both countries to avoid \"any move that could worsen the crisis\" "
                + "and offered to host a meeting of their foreign ministers in Nairobi.");

        assertThat(events).filteredOn(event -> event.rule().equals("agree.offer")).singleElement()
                .satisfies(event -> assertThat(event.actors()).extracting(EventParty::code).containsExactly("KEN"));
    }

    @Test
    void anAccusationWhoseParsedSubjectIsAQuotedNounIsTheSpeakers() {
        // parsed with the quoted "bandits" as the subject of "accused" and "were" as its auxiliary
        List<Event> events = events("In a statement on Telegram, the Rapid Support Forces said the attackers were \"bandits wearing "
                + "stolen uniforms\" and accused the Sudanese army of trying to drag Chad into the conflict.");

        assertThat(events).filteredOn(event -> event.event().equals("ACCUSE")).singleElement()
                .satisfies(event -> assertThat(event.actors()).extracting(EventParty::name).containsExactly("Rapid Support Forces"));
    }

    @Test
    void aCallAfterTheSubjectsRelativeClauseIsTheSubjects() {
        List<Event> events = events("Brazil and Mexico, which had acted as guarantors of the stalled negotiations, called on the government "
                + "and the rebels to return to the table.");

        assertThat(events).filteredOn(event -> event.rule().equals("request.call-on")).singleElement()
                .satisfies(event -> assertThat(event.actors()).extracting(EventParty::code).containsExactlyInAnyOrder("BRA", "MEX"));
    }

    @Test
    void aClosingMeetingOfADemandIsTheSubjectsConcession() {
        List<Event> events = events("After the meeting the Bolivian government issued a decree extending the permit scheme by three months, "
                + "meeting the truckers' central demand.");

        assertThat(events).filteredOn(event -> event.rule().equals("concede.meet-demand")).singleElement()
                .satisfies(event -> assertThat(event.actors()).extracting(EventParty::code).containsExactly("BOL"));
    }
}
