package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A meeting with nobody else named is not a consultation with the actor's own country. */
class UntargetedConsultationTest {

    @Test
    void leadersMeetingAmongThemselvesHaveNoRecipient() {
        assertThat(CoderFixture.code("2025-05-14", "Bosnian party leaders will meet in Sarajevo on Monday.").events())
                .filteredOn(event -> event.event().equals("CONSULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("BIH", ""));
    }
}
