package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A characterisation of another's act ("called the American tariffs an attack on Mexican workers", "called the decision an insult") is
 * a verbal judgement of its author (ACCUSE 111); "called an election", "called on Peru to release …" and a characterised
 * accusation ("called the accusations baseless", a denial) are none.
 */
class CharacterisationTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void actCalledUnjustifiedIsAnAccusationOfItsAuthor() {
        assertThat(code("Mexico's president called the American tariffs \"an attack on Mexican workers\" on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ACCUSE", "111", "MEX", "USA"));
    }

    @Test
    void decisionCalledAnInsultIsAnAccusationOfItsAuthor() {
        assertThat(code("Chile's foreign minister called the Peruvian decision \"an insult to the region\"."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ACCUSE", "111", "CHL", "PER"));
    }

    @Test
    void calledElectionIsNoCharacterisation() {
        assertThat(code("Peru's president called an early election on Monday."))
                .extracting(Event::event)
                .doesNotContain("ACCUSE");
    }

    @Test
    void characterisedAccusationIsADenial() {
        // the accusations themselves are Sudan's (ACCUSE SDN -> ARE, a mention of them); the ministry accuses nobody.
        // (This passed before only because "called … on Monday" was read as an appeal, "call on".)
        assertThat(code("The Emirati foreign ministry called the Sudanese accusations baseless on Monday."))
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .allSatisfy(event -> assertThat(event.actors()).extracting(EventParty::code).doesNotContain("ARE"));
    }

    @Test
    void callOnToActStaysAnAppeal() {
        assertThat(code("Chile called on Peru to release the fishermen on Monday."))
                .extracting(Event::event)
                .containsExactly("REQUEST");
    }

    @Test
    void actCalledIllegalIsAnAccusationOfItsAuthorThroughTheSmallClause() {
        // the parser makes "ban" the subject of "illegal" (xcomp of "called"), not the object of "called"
        assertThat(code("Chile's foreign minister called the Peruvian ban illegal."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ACCUSE", "111", "CHL", "PER"));
    }

    @Test
    void accusationsCalledFalseThroughTheSmallClauseAreADenial() {
        assertThat(code("Ecuador's foreign minister called the Peruvian accusations false."))
                .filteredOn(event -> event.rule().equals("accuse.call-predicate"))
                .isEmpty();
    }
}
