package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * "Imposed duties of up to 25% on Chinese steel wire": trade copy puts the rate between the duties
 * and the goods, and the parse hangs "on ..." on the rate inside the object's phrase; the goods'
 * country is still the sanction's target. Duties need no "on" to be a sanction.
 */
class DutiesOnGoodsTest {

    @Test
    void dutiesWithARateBeforeTheGoodsTargetTheGoodsCountry() {
        assertThat(CoderFixture.code("2026-03-10", "OTTAWA, March 10 (Reuters) - Canada on Tuesday imposed anti-dumping "
                + "duties of up to 25% on Chinese steel wire, the finance ministry said.").events())
                .filteredOn(event -> event.event().equals("SANCTION"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()), Event::rule)
                .containsExactly(tuple("CAN", "CHN", "sanction.impose-duty"));
    }

    @Test
    void aPlaceInAClauseInsideTheObjectIsNotTheTarget() {
        assertThat(CoderFixture.code("2026-03-10", "Russia said it would hold exercises involving tactical weapons near "
                + "the Ukrainian border next month.").events())
                .filteredOn(event -> event.event().equals("MOBILIZE"))
                .flatExtracting(event -> event.recipients())
                .extracting(EventParty::code)
                .doesNotContain("UKR");
    }
}
