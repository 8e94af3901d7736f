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
}
