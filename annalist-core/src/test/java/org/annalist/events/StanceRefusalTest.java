package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A recognition is a standing stance (word-lists.tsv stance-verb): "did not recognise" reported in the past is the
 * same refusal as "would not recognise", a REJECT fact (CAMEO 120), not a denied SUPPORT. A negated past act of
 * another verb stays what it was, marked negated.
 */
class StanceRefusalTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void notRecognisingACourtsJurisdictionIsARejection() {
        List<Event> events = events("Bolivia's foreign minister said La Paz did not recognise the Chilean court's jurisdiction over the river.");

        assertThat(events).filteredOn(event -> event.rule().equals("support.recognise+refusal")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("REJECT");
                    assertThat(event.cameo()).isEqualTo("120");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("BOL");
                    assertThat(event.aux()).doesNotContain("negation");
                });
    }

    @Test
    void aPlainRecognitionStaysSupport() {
        assertThat(events("Bolivia recognised the new Chilean government on Monday.")).extracting(Event::rule, Event::event)
                .contains(org.assertj.core.groups.Tuple.tuple("support.recognise", "SUPPORT"));
    }

    @Test
    void aNegatedPastEndorsementStaysANegatedSupport() {
        List<Event> events = events("Bolivia did not endorse the Chilean plan for the river.");

        assertThat(events).filteredOn(event -> event.rule().startsWith("support.endorse")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("SUPPORT");
                    assertThat(event.aux()).contains("negation");
                });
    }
}
