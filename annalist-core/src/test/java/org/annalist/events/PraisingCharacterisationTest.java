package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Called X a trusted partner" praises (SUPPORT 051); "called X a provocation" denounces (ACCUSE 111). */
class PraisingCharacterisationTest {

    private static List<org.assertj.core.groups.Tuple> characterisations(String text) {
        return CoderFixture.code("2025-06-10", text).events().stream()
                .filter(event -> event.rule().contains("-predicate"))
                .map(event -> tuple(event.event(), event.cameo(), codes(event.actors()), codes(event.recipients())))
                .toList();
    }

    @Test
    void aMilestoneIsPraise() {
        assertThat(characterisations("Chilean President Gabriel Boric called the accord with Peru “a milestone for both our peoples.”"))
                .containsExactly(tuple("SUPPORT", "051", "CHL", "PER"));
    }

    @Test
    void aStepInTheWrongDirectionStaysADenunciation() {
        assertThat(characterisations("Chile's foreign minister called Argentina's new tariffs “a step in the wrong direction”."))
                .extracting(row -> row.toArray()[0])
                .containsExactly("ACCUSE");
    }

    @Test
    void aProvocationStaysADenunciation() {
        assertThat(characterisations("Greece called Turkey's naval exercise “a reckless provocation” on Friday."))
                .extracting(row -> row.toArray()[0])
                .containsExactly("ACCUSE");
    }
}
