package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "the group", "the bloc" with no name of their own refer back to the organisation of that kind named last. */
class KindNounReferenceTest {

    @Test
    void theMilitantGroupIsTheArmedGroupNamedBefore() {
        assertThat(CoderFixture.code("2025-03-04", "Israeli negotiators met Hamas officials in Cairo on Monday.\n\n"
                + "Israel accused the militant group of delaying the release of hostages.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ISR", "PSE"));
    }

    @Test
    void theGroupIsNotTheUnitedNationsNamedInBetween() {
        assertThat(CoderFixture.code("2025-03-04", "Houthi fighters seized a cargo ship in the Red Sea on Sunday, the United Nations said.\n\n"
                + "The group demanded the release of its fighters held in Saudi Arabia.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("YEM");
    }
}
