package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trigger whose preposition (or particle) takes a phrase of several words ("put on high alert",
 * "shut down radio station") matches the phrase's noun with its modifiers; such rows used to need
 * the modifier as a separate object of the verb and never fired.
 */
class PrepositionPhraseTriggerTest {

    private static List<org.assertj.core.groups.Tuple> coded(String text) {
        return CoderFixture.code("2026-04-07", text).events().stream()
                .map(event -> tuple(event.cameo(), event.rule(), codes(event.actors())))
                .toList();
    }

    @Test
    void modifierOfThePrepositionsObject() {
        assertThat(coded("Moldova put its border units on high alert on Sunday."))
                .containsExactly(tuple("152", "mobilize.put-on-high-alert", "MDA"));
    }

    @Test
    void modifierOfAPhrasalVerbsObject() {
        assertThat(coded("Georgian police shut down a radio station in Batumi on Friday."))
                .extracting(row -> row.toArray()[1]).containsExactly("coerce.shut-down-radio-station");
    }

    @Test
    void aMissingModifierFallsBackToTheShorterRow() {
        assertThat(coded("Moldova put its border units on alert on Sunday."))
                .containsExactly(tuple("152", "mobilize.put-on-alert", "MDA"));
    }
}
