package org.annalist.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StateNounsTest {

    @Test
    void readsKingdomsAndSultanatesFromTheBundledFile() {
        StateNouns nouns = StateNouns.bundled();
        assertThat(nouns.states("Kingdom")).get().extracting(StateNouns.States::codes).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).contains("SAU", "JOR", "MAR").doesNotContain("IRN", "MYS");
        assertThat(nouns.states("sultanate").orElseThrow().codes()).containsExactlyInAnyOrder("OMN", "BRN");
        assertThat(nouns.states("republic")).isEmpty();
        assertThat(nouns.states("kingdom").orElseThrow().source()).startsWith("actors/state-nouns.tsv:");
    }

    @Test
    void everyStateIsACountryOfTheCountryDictionary() {
        CountryDictionary countries = ActorDictionaries.load(List.of()).countries();
        StateNouns nouns = StateNouns.bundled();
        for (String noun : List.of("kingdom", "sultanate", "emirate", "principality")) {
            for (String code : nouns.states(noun).orElseThrow().codes()) {
                assertThat(countries.nameOf(code)).as(noun + " " + code).isPresent();
            }
        }
    }

    @Test
    void rejectsANounListedTwice() {
        byte[] file = "noun\tcountries\tnote\nkingdom\tSAU\t\nkingdom\tJOR\tagain\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new StateNouns(List.of(TsvTable.parse("mine.tsv", file, Set.of("noun", "countries", "note")))))
                .hasMessageContaining("mine.tsv:3").hasMessageContaining("listed twice");
    }
}
