package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A main verb the parser hung inside the subject's relative clause when it did not read that clause
 * as one ({@link RelativeClauseSubject}): the pronoun right after the opening comma hangs on the
 * subject noun, or the clause's subject is owned by "whose".
 */
class RelativePronounOpeningTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void aCallAfterAClauseOpenedByAPronounHungOnTheSubjectIsTheSubjects() {
        List<Event> events = events("The Arab League, which groups 22 states, called on Israel and Hamas to resume talks.");

        assertThat(events).filteredOn(event -> event.rule().equals("request.call-on")).singleElement()
                .satisfies(event -> {
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("IGO");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactlyInAnyOrder("ISR", "PSE");
                });
    }

    @Test
    void aVerdictAfterAWhoseClauseIsTheSubjects() {
        List<Event> events = events("France, whose cognac makers are hit hardest, called the move unjustified.");

        assertThat(events).filteredOn(event -> event.rule().equals("accuse.call-predicate")).singleElement()
                .satisfies(event -> assertThat(event.actors()).extracting(EventParty::code).containsExactly("FRA"));
    }

    @Test
    void aVerbOfTheRelativeClauseItselfKeepsNoActor() {
        List<Event> events = events("France, whose cognac makers are hit hardest, called the move unjustified.");

        assertThat(events).noneMatch(event -> event.rule().equals("assault.hit"));
    }
}
