package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** Ordering a foreign mission or peacekeepers to leave is their expulsion, not aid nor a request. */
class OrderedMissionOutTest {

    @Test
    void orderingAUnMissionToLeaveIsItsExpulsion() {
        assertThat(CoderFixture.code("2025-02-10", "NIAMEY, Feb 10 (AP) - Niger's military rulers on Monday ordered "
                + "a United Nations observer mission to leave the country within two weeks.").events())
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SANCTION", "1661", "NER", "UNO"));
    }
}
