package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "both" standing alone as a party ("urged both to return to talks") is the article's two main countries. */
class BothAsPartyTest {

    private static List<Event> requests(String text) {
        return CoderFixture.code("2025-05-20", text).events().stream().filter(event -> event.event().equals("REQUEST")).toList();
    }

    @Test
    void bothAloneAsObjectIsTheTwoMainCountries() {
        assertThat(requests("Armenia and Azerbaijan traded fire along the border on Monday. "
                + "Armenian and Azerbaijani officials blamed each other for the clash. "
                + "The European Union urged both to return to the peace talks."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EUR", "ARM,AZE"));
    }

    @Test
    void bothAsDeterminerLeavesTheNounToNameTheSides() {
        assertThat(requests("Armenia and Azerbaijan traded fire along the border on Monday. "
                + "Armenian and Azerbaijani officials blamed each other for the clash. "
                + "The European Union urged both countries to return to the peace talks."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EUR", "ARM,AZE"));
    }
}
