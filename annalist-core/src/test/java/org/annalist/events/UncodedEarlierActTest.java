package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reaction to an act the text reported without coding it ("the suspension" after "the U.N.
 * suspended its operations") is aimed at that act's doer, not at the actor of the article's first event.
 */
class UncodedEarlierActTest {

    @Test
    void supportForASuspensionGoesToWhoeverSuspended() {
        List<Event> events = CoderFixture.code("2025-05-14", "Somalia's al-Shabaab militants detained nine United Nations employees "
                + "in raids on their homes in Baidoa on Monday, the U.N. said. "
                + "The United Nations suspended its remaining operations in the region on Tuesday. "
                + "Kenya's foreign ministry voiced support for the suspension.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()),
                        event -> event.provenance().derivation().recipientSource())
                .containsExactly(tuple("KEN", "UNO", AnaphoricRecipient.UNCODED_ACT_SOURCE));
    }

    @Test
    void aCodedEarlierActOfTheSameWordStillComesFirst() {
        List<Event> events = CoderFixture.code("2025-05-14", "Iranian forces seized a tanker in the Gulf on Monday. "
                + "Britain condemned the seizure.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("IRN");
    }
}
