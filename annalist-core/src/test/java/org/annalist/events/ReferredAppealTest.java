package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Kyiv rejected the demand": a demand, request, ultimatum or accusation referred back to is the
 * earlier appeal or charge, and its author is the recipient, not the actor's own country through
 * the domestic rule (the demand is no Ukrainian's).
 */
class ReferredAppealTest {

    @Test
    void rejectedDemandIsAimedAtItsAuthor() {
        CodingResult result = CoderFixture.code("2026-02-17", "Hungary said on Monday it would block the opening of Moldova's accession talks "
                + "until Chisinau restores Hungarian-language teaching in its schools. "
                + "About 40,000 people in the north speak the language at home. "
                + "Their schools switched to Romanian in September. "
                + "Teachers said the new textbooks had not arrived. "
                + "Chisinau rejected the demand on Tuesday.");
        assertThat(result.events())
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MDA", "HUN"));
        // chosen as the author of the act "the demand" refers back to
        assertThat(result.decisions()).filteredOn(decision -> decision.reason() == DecisionReason.EMITTED
                        && decision.rule().startsWith("reject."))
                .extracting(Decision::detail)
                .singleElement().asString().containsAnyOf("earlier event", "responds to v1");
    }
}
