package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A second finite verb the parser joins to a word deep inside the first clause ("accused Peru of using excessive force
 * against fishermen and called on Lima ...": "called" conj of "force") is done by the subject of that clause.
 */
class MisattachedConjunctTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void aCallJoinedToANounOfTheReportedClauseIsItsSubjectsCall() {
        // the parser joins "called" (tagged VBN) to "actions" and gives it no subject
        List<Event> events = events("A Chilean foreign ministry spokesperson said Santiago was concerned about Peru's dangerous actions "
                + "and called on Lima to release the crew.");

        assertThat(events).filteredOn(event -> event.rule().equals("request.call-on")).singleElement()
                .satisfies(event -> {
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("CHL");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("PER");
                });
    }

    @Test
    void anInfinitiveConjunctKeepsItsOwnController() {
        // "urged the parties to halt attacks and agree to a truce": the parties would agree, not the one who urged
        List<Event> events = events("The Kenyan president urged Ethiopia and Eritrea to halt attacks on civilians and agree to a truce.");

        assertThat(events).filteredOn(event -> event.event().equals("AGREE"))
                .allSatisfy(event -> assertThat(event.actors()).extracting(EventParty::code).doesNotContain("KEN"));
    }

    @Test
    void aCallJoinedToAGerundInsideTheAccusationIsTheAccusersCall() {
        // the parser joins "called" (tagged VBN, no auxiliary) to the gerund "silencing" inside the accusation
        List<Event> events = events("Malawian opposition leader Peter Banda accused the government of \"silencing the press\" "
                + "and called on the African Union to send observers.");

        assertThat(events).filteredOn(event -> event.rule().equals("request.call-on")).singleElement()
                .satisfies(event -> assertThat(event.actors()).extracting(EventParty::code).containsExactly("MWI"));
    }
}
