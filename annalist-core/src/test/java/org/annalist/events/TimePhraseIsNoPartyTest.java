package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date or time after a trigger's preposition is no party of it: "a strike on Thursday" is no "strike on" an
 * enemy, "called on Monday" no "call on" anyone (TriggerMatcher.findPrepositionObject). The same prepositions
 * with a party still match.
 */
class TimePhraseIsNoPartyTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-09-12", text).events();
    }

    @Test
    void aStrikeOnAWeekdayIsNoAttack() {
        assertThat(code("Chile's largest miners' union called off a national strike on Thursday after the government raised wages."))
                .extracting(Event::event)
                .doesNotContain("ASSAULT");
    }

    @Test
    void aCallOnAWeekdayIsNoAppealToIt() {
        assertThat(code("Ghana's president called on Monday for calm in the northern region."))
                .extracting(Event::rule)
                .doesNotContain("request.call-on");
    }

    @Test
    void aCallOnACountryIsStillAnAppeal() {
        assertThat(code("Japan called on China to release the fishing crew."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("REQUEST", "JPN", "CHN"));
    }
}
