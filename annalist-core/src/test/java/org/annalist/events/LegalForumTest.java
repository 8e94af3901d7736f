package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** A complaint or lawsuit taken to an international forum is against the other side, not the forum. */
class LegalForumTest {

    private static final String STORY = "Honduran troops crossed into Nicaragua and removed a border marker on Sunday, "
            + "Nicaragua's foreign ministry said. Nicaragua accused Honduras of violating its sovereignty. ";

    @Test
    void disputeTakenToTheWorldCourtIsAgainstTheOtherCountry() {
        assertThat(CoderFixture.code("2026-04-12", STORY
                + "The foreign minister said Nicaragua would take the dispute to the International Court of Justice.").events())
                .filteredOn(event -> event.cameo().startsWith("115"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("NIC", "HND"));
    }

    @Test
    void complaintAgainstANamedPartyKeepsIt() {
        assertThat(CoderFixture.code("2026-04-12", STORY
                + "Nicaragua filed a complaint against Honduras with the U.N. Security Council.").events())
                .filteredOn(event -> event.cameo().startsWith("114"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("NIC", "HND"));
    }

    @Test
    void goingToCourtIsALawsuitNotAVisit() {
        // Written for this test: "go to court" outranks the visit row "go to" (a preposition and its object are two words)
        assertThat(CoderFixture.code("2026-05-21", "Kenyan police fired tear gas at protesters in Nairobi on Thursday. "
                + "The Kenyan bar association said it would go to court to challenge the use of force.").events())
                .filteredOn(event -> event.rule().startsWith("accuse.go-to-court") || event.rule().startsWith("consult.go-to"))
                .extracting(Event::rule, Event::cameo)
                .containsExactly(tuple("accuse.go-to-court", "115"));
    }
}
