package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** "The two sides", "both sides", "the countries": which two parties a reader takes them for. */
class ReciprocalReferenceTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-09-02", text).events();
    }

    private static Set<String> codes(List<EventParty> parties) {
        return parties.stream().map(EventParty::code).collect(Collectors.toSet());
    }

    private static Event triggeredBy(List<Event> events, String trigger) {
        return events.stream().filter(event -> event.evidence().trigger().text().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event triggered by " + trigger + " in " + events));
    }

    @Test
    void theTwoSidesAreThePairOfThePreviousSentenceNotTheArticlesMainPair() {
        List<Event> events = code("China imposed new tariffs on American goods, and the United States vowed to respond. "
                + "China and the United States have traded barbs for months.\n\n"
                + "Separately, India's foreign minister met Brazil's foreign minister in Brasilia on Tuesday. "
                + "The two sides agreed to expand trade.");

        Event agreement = triggeredBy(events, "agreed");
        assertThat(agreement.event()).isEqualTo("AGREE");
        assertThat(codes(agreement.actors())).containsExactlyInAnyOrder("IND", "BRA");
    }

    @Test
    void bothSidesAfterThreeOrMorePartiesInTheSentenceAreTheFirstTwoNamed() {
        List<Event> events = code("Turkey criticised Greece over the dispute. "
                + "Israel and Hamas traded accusations on Monday, while Egypt and Qatar urged both sides to return to talks.");

        Event appeal = triggeredBy(events, "urged");
        assertThat(appeal.event()).isEqualTo("REQUEST");
        assertThat(codes(appeal.actors())).containsExactlyInAnyOrder("EGY", "QAT");
        assertThat(codes(appeal.recipients())).containsExactlyInAnyOrder("ISR", "PSE");
    }

    @Test
    void bothGovernmentsArePairedButBarePluralLeadersAreNot() {
        List<Event> events = code("Indian and Pakistani troops exchanged fire along the border on Sunday. "
                + "The United States urged both governments to show restraint. "
                + "Opposition leaders in Pakistan criticised the government for the escalation.");

        assertThat(codes(triggeredBy(events, "urged").recipients())).containsExactlyInAnyOrder("IND", "PAK");
        assertThat(events).filteredOn(event -> event.evidence().trigger().text().equals("criticised"))
                .allSatisfy(event -> assertThat(codes(event.actors())).doesNotContain("IND"));
    }

    @Test
    void bothCountriesAfterOneSideMetAnOutsiderAreTheStorysTwoSides() {
        List<Event> events = code("Kenya accused Tanzania on Monday of diverting water from the shared lake. "
                + "Tanzania rejected the accusation, and Kenya summoned Tanzania's envoy. "
                + "Kenya said Tanzania must stop the pumping, and Tanzania said Kenya had no claim.\n\n"
                + "Kenyan President William Ruto spoke by telephone with Uganda's president on Tuesday.\n\n"
                + "The African Union urged both countries to avoid any escalation.");

        Event appeal = triggeredBy(events, "urged");
        assertThat(appeal.event()).isEqualTo("REQUEST");
        assertThat(codes(appeal.recipients())).containsExactlyInAnyOrder("KEN", "TZA");
    }

    @Test
    void countriesOutsideTheRegionAreNotTheStorysTwoSides() {
        List<Event> events = code("Chinese coast guard ships blocked a Vietnamese supply boat near the reef on Monday. "
                + "Vietnam protested to China, and China accused Vietnam of intruding.\n\n"
                + "A Chinese foreign ministry spokesman said countries outside the region had no right to interfere and warned "
                + "Hanoi against provocations.");

        Event warning = triggeredBy(events, "warned");
        assertThat(warning.event()).isEqualTo("THREATEN");
        assertThat(codes(warning.actors())).containsExactly("CHN");
    }
}
