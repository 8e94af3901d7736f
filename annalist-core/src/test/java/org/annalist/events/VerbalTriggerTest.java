package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verbal event triggers added from the missed ACCUSE/REQUEST/THREATEN/REJECT counts over the dev sets:
 * stated refusals to yield or comply, wishes and encouragement aimed at a named party with what it is to
 * do (complement {@code control}), vowed or promised attacks and responses, and a contrasting conjunct
 * that does not inherit the negation of the one before it.
 */
class VerbalTriggerTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    private static List<String> rules(String text) {
        return events(text).stream().map(Event::rule).toList();
    }

    @Test
    void aReportedRefusalToLiftABlockadeIsARejection() {
        List<Event> events = events("The Bolivian farmers' union said it would not lift its roadblocks until the government restored the subsidy.");

        assertThat(events).filteredOn(event -> event.rule().equals("reject.will-not-lift")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("REJECT");
                    assertThat(event.aux()).isEmpty();
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("BOL");
                });
    }

    @Test
    void aRefusalToComplyWithARulingIsARejection() {
        assertThat(rules("The Venezuelan foreign minister said Venezuela would not comply with the ruling of the Guyanese court."))
                .contains("reject.will-not-comply");
    }

    @Test
    void anOpeningThatHappenedIsNoRejection() {
        assertThat(rules("The Chilean government opened its embassy in Lima on Monday."))
                .noneMatch(rule -> rule.startsWith("reject.will-not"));
    }

    @Test
    void wantingANamedCountryToActIsADemandOnIt() {
        List<Event> events = events("A State Department official said Washington wanted Caracas to release the detained Americans.");

        assertThat(events).filteredOn(event -> event.rule().equals("request.want-control")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("REQUEST");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("USA");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("VEN");
                });
    }

    @Test
    void encouragingNamedCountriesToTalkIsAnAppealToThem() {
        assertThat(events("The French foreign ministry said France encouraged Armenia and Azerbaijan to resume talks on the border."))
                .filteredOn(event -> event.rule().equals("request.encourage-control"))
                .singleElement().satisfies(event -> assertThat(event.recipients()).extracting(EventParty::code)
                        .containsExactlyInAnyOrder("ARM", "AZE"));
    }

    @Test
    void aWishWithoutANamedPartyToActIsNoDemand() {
        assertThat(rules("The Chilean president said Chile wanted peace and that nobody wanted the dispute to spoil the summit."))
                .noneMatch(rule -> rule.endsWith("-control"));
    }

    @Test
    void vowedAttacksOnAnotherCountryAreAThreat() {
        assertThat(events("The Houthi military spokesman vowed more attacks on Israeli ships in the Red Sea."))
                .filteredOn(event -> event.rule().equals("threaten.vow-attack"))
                .singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("THREATEN");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("ISR");
                });
    }

    @Test
    void aPromisedResponseIsAThreatNotAPledge() {
        List<Event> events = events("Estonia expelled a Russian diplomat on Monday, and Russia promised a response.");

        assertThat(events).extracting(Event::rule).contains("threaten.promise-response").doesNotContain("agree.promise");
    }

    @Test
    void aWarningJoinedByButIsNotNegatedByTheClauseBeforeIt() {
        assertThat(rules("\"Colombia is not planning sanctions against Ecuador, but we reserve the right to respond,\" "
                + "Colombian Foreign Minister Luis Murillo said."))
                .contains("threaten.warning-statement");
    }
}
