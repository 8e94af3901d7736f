package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** A refusal's recipient is whose the refused demand, call or request is, when the refused noun says so. */
class RefusedThingOwnerTest {

    private static final String STORY = "Britain's foreign secretary urged Moldova on Monday to hold an inquiry into the vote. "
            + "Moldova's opposition has staged daily rallies in Chisinau since the election. ";

    @Test
    void aBareOppositionCallIsTheActorsOwnCountry() {
        assertThat(CoderFixture.code("2026-03-10", STORY + "Prime Minister Dorin Rusu rejected an opposition call for a new vote.").events())
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MDA", "MDA"));
    }

    @Test
    void aRequestByANamedPartyIsThatPartys() {
        assertThat(CoderFixture.code("2026-03-10", STORY + "A Chisinau court on Tuesday rejected a request by Romania's embassy for consular access.").events())
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MDA", "ROU"));
    }
}
