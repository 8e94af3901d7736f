package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Event words no pattern knew, counted on the dev sets' "no trigger" and TRIGGER_WORDS_MISSING misses:
 * formations and vehicles moved or placed (MOBILIZE 154), a stated answer to an attack (THREATEN, complement
 * {@code future}) and a stated treatment of whoever does something "as" an enemy (THREATEN, complement
 * {@code warning}; "as" is a trigger preposition).
 */
class UnknownEventWordsTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    private static List<String> rules(String text) {
        return events(text).stream().map(Event::rule).toList();
    }

    @Test
    void movingDivisionsIsADeployment() {
        assertThat(events("The Kenyan defence ministry said Kenya had moved two mechanised divisions to the northern frontier."))
                .filteredOn(event -> event.rule().equals("mobilize.move-division"))
                .singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("MOBILIZE");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("KEN");
                });
    }

    @Test
    void movingArmouredVehiclesIsADeployment() {
        assertThat(rules("Officials said Chile had moved armoured vehicles to its border town of Colchane."))
                .contains("mobilize.move-armoured-vehicle");
    }

    @Test
    void placingArmyUnitsSomewhereIsADeployment() {
        assertThat(events("The defence minister said Peru placed army units in the Puno region on Sunday."))
                .filteredOn(event -> event.rule().startsWith("mobilize.place-"))
                .singleElement().satisfies(event -> assertThat(event.event()).isEqualTo("MOBILIZE"));
    }

    @Test
    void aStatedAnswerToAnAttackIsAThreat() {
        assertThat(events("The Armenian defence minister said Armenia would answer any new attack on its villages."))
                .filteredOn(event -> event.rule().equals("threaten.will-answer-attack"))
                .singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("THREATEN");
                    assertThat(event.aux()).isEmpty();
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("ARM");
                });
    }

    @Test
    void anAnsweredAttackInThePastIsNoThreat() {
        assertThat(rules("Armenian troops answered the attack within minutes, the Armenian defence ministry said."))
                .noneMatch(rule -> rule.startsWith("threaten.will-answer"));
    }

    @Test
    void treatingWhoeverHelpsTheAttackersAsAnEnemyIsAThreat() {
        assertThat(events("The Sri Lankan army commander said anyone who shelters the attackers will be treated as an enemy."))
                .filteredOn(event -> event.rule().equals("threaten.whoever-treat-as"))
                .singleElement().satisfies(event -> {
                    assertThat(event.event()).isEqualTo("THREATEN");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("LKA");
                });
    }

    @Test
    void treatingPatientsIsNoThreat() {
        assertThat(rules("Kenyan doctors said they would treat the wounded migrants as a priority."))
                .noneMatch(rule -> rule.startsWith("threaten."));
    }

    @Test
    void soldiersArrivingInAnotherCountryAreDeployedNotVisiting() {
        assertThat(events("About 300 Rwandan soldiers arrived in Mozambique on Friday, the Rwandan army said."))
                .filteredOn(event -> event.rule().startsWith("consult.arrive-in"))
                .singleElement().satisfies(event -> {
                    assertThat(event.rule()).isEqualTo("consult.arrive-in+abroad");
                    assertThat(event.event()).isEqualTo("AID");
                    assertThat(event.recipients()).extracting(EventParty::code).containsExactly("MOZ");
                });
    }

    @Test
    void aMinisterArrivingIsStillAVisit() {
        assertThat(events("The Rwandan foreign minister arrived in Mozambique on Friday for talks."))
                .filteredOn(event -> event.rule().startsWith("consult.arrive-in"))
                .singleElement().satisfies(event -> assertThat(event.event()).isEqualTo("CONSULT"));
    }
}
