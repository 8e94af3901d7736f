package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Would retaliate", "will respond": a stated armed response is a threat; the same verb in the past is not. */
class StatedResponseThreatTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-04-15", text).events();
    }

    @Test
    void statedRetaliationIsAThreatAgainstTheSanctioningSide() {
        assertThat(code("Australia imposed new sanctions on Iran on Monday over its drone exports. "
                + "Iran's foreign ministry said Iran would retaliate."))
                .filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()), Event::aux, Event::cameo)
                .containsExactly(tuple("IRN", "AUS", List.of(), "138"));
    }

    @Test
    void pastRetaliationIsNoThreat() {
        assertThat(code("Australia imposed new sanctions on Iran on Monday over its drone exports. "
                + "Iran retaliated on Tuesday with a ban on Australian wheat."))
                .extracting(Event::event)
                .doesNotContain("THREATEN");
    }

    @Test
    void threatConditionedOnTwoCountriesIsAimedAtBoth() {
        assertThat(code("\u201cIf Tokyo and Manila send warships into our waters, our navy will respond with a crushing strike,\u201d "
                + "China's defence ministry said in a statement."))
                .filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CHN", "JPN,PHL"));
    }
}
