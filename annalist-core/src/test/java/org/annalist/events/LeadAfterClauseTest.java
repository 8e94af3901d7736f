package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * A lead that reports a reaction "after" an act: the act in the clause of sequence is news of its
 * own, not the reaction's complement, and "the incident" later in the story is that act.
 */
class LeadAfterClauseTest {

    private static final String STORY = "HANOI, March 3 (Reuters) - Vietnam summoned Cambodia's ambassador on Tuesday after a "
            + "Cambodian patrol boat opened fire on a Vietnamese fishing boat in the Gulf of Thailand. "
            + "Vietnam's foreign ministry said the fishermen were unhurt. "
            + "Thailand and Malaysia expressed concern over the incident.";

    @Test
    void actInTheAfterClauseOfASummonsIsCodedToo() {
        assertThat(CoderFixture.code("2025-03-03", STORY).events())
                .filteredOn(event -> event.evidence().sentenceIndex() == 1)
                .extracting(event -> event.event(), event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("ACCUSE", "VNM", "KHM"), tuple("ASSAULT", "KHM", "VNM"));
    }

    @Test
    void concernOverTheIncidentIsAimedAtWhoeverDidIt() {
        assertThat(CoderFixture.code("2025-03-03", STORY).events())
                .filteredOn(event -> event.rule().equals("accuse.express-concern"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MYS,THA", "KHM"));
    }
}
