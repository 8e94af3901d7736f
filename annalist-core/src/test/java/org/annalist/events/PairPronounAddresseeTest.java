package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Them" right after a noun for the story's two countries ("both governments", "both countries")
 * stands for the pair: a third party's appeal to them is addressed to both, not to the one country
 * the home-country fallback would pick.
 */
class PairPronounAddresseeTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2026-05-04", text).events();
    }

    @Test
    void appealToThemAfterBothGovernmentsIsToThePair() {
        assertThat(code("Armenia and Azerbaijan traded accusations on Monday over a shooting at the border. "
                + "The World Bank, which funds a joint water project, said it was in contact with both governments "
                + "and urged them to settle the dispute through talks."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("REQUEST", "IGO", "ARM,AZE"));
    }
}
