package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * A noun event whose actor is the subject of the verb that governs it, when that verb makes its
 * subject the doer (word-lists.tsv light-verb rows "call", "make", "bring", "establish", "hand",
 * "fly"), and not when the verb only judges the noun event ("called the protests illegal").
 */
class DoerVerbNounEventTest {

    @Test
    void unionThatCallsAStrikeIsItsActor() {
        assertThat(CoderFixture.code("2025-06-02", "Kenya's national teachers' union called a nationwide strike "
                + "for Monday over unpaid salaries.").events())
                .filteredOn(event -> event.event().equals("PROTEST"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("KEN");
    }

    @Test
    void callingProtestsIllegalIsNoProtestOfTheCaller() {
        assertThat(CoderFixture.code("2025-06-02", "Russia's foreign ministry called the protests in Tbilisi illegal "
                + "on Tuesday.").events())
                .filteredOn(event -> event.event().equals("PROTEST"))
                .extracting(event -> codes(event.actors()))
                .doesNotContain("RUS");
    }

    @Test
    void callingAnAttackACrimeIsNoAttackOfTheCaller() {
        assertThat(CoderFixture.code("2025-06-02", "France's foreign minister called the attack on the convoy "
                + "a crime on Sunday.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()))
                .doesNotContain("FRA");
    }

    @Test
    void bodyThatEstablishesAnInvestigationInvestigates() {
        assertThat(CoderFixture.code("2025-06-02", "The UN Security Council voted on Friday to establish an independent "
                + "investigation into the killings in Sudan.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("UNO");
    }

    @Test
    void ministryThatBringsAComplaintAccuses() {
        assertThat(CoderFixture.code("2025-06-02", "Chile's foreign ministry brought a formal complaint against Bolivia "
                + "at the Organization of American States on Monday.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CHL", "BOL"));
    }

    @Test
    void partiesDueToHoldTalksHoldThem() {
        // "due" heads the clause and the infinitive hangs from it as a clausal complement (PredicativeController)
        assertThat(CoderFixture.code("2025-06-02", "The strike came days before Armenian and Azerbaijani negotiators "
                + "are due to hold a new round of talks in Geneva.").events())
                .filteredOn(event -> event.event().equals("CONSULT"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("ARM,AZE");
    }
}
