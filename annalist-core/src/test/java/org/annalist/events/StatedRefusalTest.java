package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stated refusal of an act whose plain use codes nothing ("would not take part", "will never pay",
 * "does not take instructions from") is a REJECT fact (complement {@code refusal} in patterns.tsv); the same
 * verb in the past, as a possibility or affirmed, is none.
 */
class StatedRefusalTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    private static List<String> rules(String text) {
        return events(text).stream().map(Event::rule).toList();
    }

    @Test
    void aReportedRefusalToTakePartIsARejection() {
        List<Event> events = events("The Chilean foreign minister said Chile would not take part in the naval exercise.");

        assertThat(events).filteredOn(event -> event.rule().equals("reject.will-not-take-part")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("REJECT");
                    assertThat(event.cameo()).isEqualTo("121");
                    assertThat(event.aux()).isEmpty();
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("CHL");
                });
    }

    @Test
    void aDirectRefusalToPayIsARejection() {
        assertThat(rules("\"Peru will never pay for a wall it did not build,\" the Peruvian president said."))
                .contains("reject.will-not-pay");
    }

    @Test
    void aPresentPracticeOfNotTakingInstructionsIsARejection() {
        assertThat(rules("Bolivia does not take instructions from Washington, the Bolivian foreign minister said."))
                .contains("reject.will-not-take-instruction");
    }

    @Test
    void aReportedRefusalToChangeALawIsARejection() {
        assertThat(rules("The Kenyan president said his government would not change the finance law under pressure."))
                .contains("reject.will-not-change");
    }

    @Test
    void paymentAndParticipationThatHappenedAreNoRejection() {
        assertThat(rules("Chile took part in the naval exercise, and Peru paid its share of the costs."))
                .noneMatch(rule -> rule.startsWith("reject.will-not"));
    }

    @Test
    void aPastNonPaymentIsNoStatedRefusal() {
        assertThat(rules("Peru did not pay its share of the costs last year, the Peruvian finance ministry said."))
                .noneMatch(rule -> rule.startsWith("reject.will-not"));
    }
}
