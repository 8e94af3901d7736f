package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** A place the event is aimed at, done with, or that names a thing is not where the event happened. */
class EventPlaceTargetTest {

    private static List<String> places(String text, String type) {
        return CoderFixture.code("2026-05-04", text).events().stream()
                .filter(event -> event.event().equals(type))
                .map(event -> event.location() == null ? null : event.location().name())
                .toList();
    }

    @Test
    void aPlaceReachedThroughAgainstIsATarget() {
        List<String> places = places("Moldova's president accused Gazprom of using gas as a weapon against the "
                + "breakaway region of Transnistria.", "ACCUSE");
        assertThat(places).isNotEmpty().filteredOn(Objects::nonNull).doesNotContain("Transnistria");
    }

    @Test
    void aPlaceReachedThroughWithIsAPartnerNotALocation() {
        List<String> places = places("Sudan signed a defence pact with Asmara and has sent weapons to Chad.", "AID");
        assertThat(places).filteredOn(Objects::nonNull).doesNotContain("Asmara");
    }

    @Test
    void aPlaceNamingAnAgreementIsNoLocation() {
        List<String> places = places("Rwanda accused Congo of violating the Doha agreement.", "ACCUSE");
        assertThat(places).isNotEmpty().filteredOn(Objects::nonNull).doesNotContain("Doha");
    }

    @Test
    void aRegionNamedByItsCityAfterInStaysTheLocation() {
        List<String> places = places("Russian forces shelled villages in the Kharkiv region on Sunday, Ukrainian "
                + "officials said.", "ASSAULT");
        assertThat(places).isNotEmpty().allMatch(name -> name != null && name.startsWith("Kharkiv"));
    }
}
