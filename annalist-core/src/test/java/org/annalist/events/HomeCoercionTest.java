package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** People a country's own forces arrest at home are the country's own, though the sentence names another country. */
class HomeCoercionTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-09-03", text).events();
    }

    @Test
    void arrestAtAProtestAgainstAForeignProjectIsOfTheOwnPeople() {
        assertThat(code("Kenyan police fired tear gas in Nairobi on Friday to break up a protest against a Chinese railway project "
                + "and arrested 30 people, a police spokesman said."))
                .filteredOn(event -> event.event().equals("COERCE"))
                .isNotEmpty()
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsOnly(tuple("KEN", "KEN"));
    }

    @Test
    void detentionsByAnOccupyingForceStayTheOtherCountrys() {
        // the sentence happens in Ukraine: Russia's forces detain Ukraine's people, not Russia's own
        assertThat(code("Russian troops detained 15 people in Kherson on Monday, Ukrainian officials said."))
                .filteredOn(event -> event.event().equals("COERCE"))
                .isNotEmpty()
                .extracting(event -> codes(event.recipients()))
                .doesNotContain("RUS");
    }
}
