package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trigger words and constructions the newest dev sets showed missing: visa services suspended for a
 * country's people (SANCTION), a prison term promised to whoever does something and a pursuit promised
 * "wherever they hide" (THREATEN, complement {@code warning}), measures a state says it will take to
 * protect its own (THREATEN statement words) and a refusal to accept something imposed from outside
 * (REJECT, complement {@code refusal}).
 */
class MissedTriggerWordsTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    private static List<String> rules(String text) {
        return events(text).stream().map(Event::rule).toList();
    }

    @Test
    void suspendingVisaAppointmentsForACountrysCitizensIsASanction() {
        assertThat(events("Italy has suspended visa appointments for Tunisian citizens until further notice, the Italian foreign ministry said."))
                .filteredOn(event -> event.rule().equals("sanction.suspend-visa-appointment"))
                .singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("SANCTION");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("ITA");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("TUN");
                });
    }

    @Test
    void aPrisonTermPromisedToWhoeverAttacksThePoliceIsAThreat() {
        assertThat(events("\"Anyone who throws a stone at a policeman will go to prison,\" Armenia's interior minister said on Monday."))
                .filteredOn(event -> event.rule().equals("threaten.whoever-go-to-prison"))
                .singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("THREATEN");
                    assertThat(event.cameo()).isEqualTo("137");
                    assertThat(event.aux()).isEmpty();
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("ARM");
                });
    }

    @Test
    void aPrisonTermServedInThePastIsNoThreat() {
        assertThat(rules("The Armenian activist went to prison in 2019 after a protest in Yerevan, his lawyer said."))
                .noneMatch(rule -> rule.startsWith("threaten."));
    }

    @Test
    void aPursuitPromisedWhereverTheAttackersHideIsAThreat() {
        assertThat(events("Mali's defence minister said on Sunday that those who attacked the army convoy near Gao would be pursued wherever they hide."))
                .filteredOn(event -> event.rule().equals("threaten.whoever-pursue"))
                .singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("THREATEN");
                    assertThat(event.aux()).isEmpty();
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("MLI");
                });
    }

    @Test
    void huntingNamedAttackersWhereverTheyHideIsAThreatWhateverTheSubject() {
        assertThat(events("Niger's army chief said the army would hunt the bandits wherever they hide."))
                .filteredOn(event -> event.rule().equals("threaten.whoever-hunt"))
                .singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("THREATEN");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("NER");
                });
    }

    @Test
    void aHuntWithoutWhereverOrWhoeverIsNoThreat() {
        assertThat(rules("Niger's army chief said the army would hunt the bandits in the forest next week."))
                .noneMatch(rule -> rule.startsWith("threaten.whoever-"));
    }

    @Test
    void pursuingTalksIsNoThreat() {
        assertThat(rules("Niger's foreign minister said Niger would pursue talks with Benin wherever they are held."))
                .noneMatch(rule -> rule.startsWith("threaten."));
    }

    @Test
    void measuresAStateWillTakeToProtectItsFishermenAreAWarning() {
        assertThat(events("Japan's foreign ministry said on Thursday that Japan would take measures to protect its fishermen from Russian patrol boats."))
                .filteredOn(event -> event.rule().equals("threaten.warning-statement"))
                .singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("THREATEN");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("JPN");
                });
    }

    @Test
    void refusingToAcceptACourtRulingIsARejection() {
        assertThat(events("Bolivia's foreign minister said on Friday that Bolivia would not accept any ruling by the International Court of Justice."))
                .filteredOn(event -> event.rule().equals("reject.will-not-accept"))
                .singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("REJECT");
                    assertThat(event.aux()).isEmpty();
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("BOL");
                });
    }

    @Test
    void aRulingAcceptedOrAcceptedLessonsAreNoRejection() {
        assertThat(rules("Bolivia's foreign minister said Bolivia had accepted the ruling by the International Court of Justice."))
                .doesNotContain("reject.will-not-accept");
        assertThat(rules("Bolivia's foreign minister said Bolivia would not accept lessons from Chile."))
                .doesNotContain("reject.will-not-accept");
    }
}
