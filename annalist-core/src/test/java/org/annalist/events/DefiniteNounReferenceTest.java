package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** A thing or body named again with "the" ("the convoy", "the Fund") is its earlier owner's, not the home country's. */
class DefiniteNounReferenceTest {

    @Test
    void attackOnTheConvoyHitsItsOwnerNamedEarlier() {
        assertThat(CoderFixture.code("2025-06-10", "KHARTOUM, June 10 - A World Food Programme convoy carrying flour crossed "
                + "into Darfur on Monday. Sudanese soldiers attacked the convoy near El Geneina on Tuesday.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()),
                        event -> event.provenance().derivation().recipientSource())
                .containsExactly(tuple("SDN", "UNO", DefiniteNounReference.SOURCE));
    }

    @Test
    void thanksToTheFundGoToTheBodyWhoseNameEndsSo() {
        assertThat(CoderFixture.code("2025-06-10", "BUENOS AIRES, June 10 - The International Monetary Fund approved a "
                + "$2 billion loan for Argentina on Friday. Economy Minister Luis Caputo thanked the Fund.").events())
                .filteredOn(event -> event.evidence().trigger().text().equals("thanked"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ARG", "IGO"));
    }

    @Test
    void convoyNamedWithoutOwnerLendsNone() {
        assertThat(CoderFixture.code("2025-06-10", "KHARTOUM, June 10 - A convoy carrying flour crossed into Darfur on Monday. "
                + "Sudanese soldiers attacked the convoy near El Geneina on Tuesday.").events())
                .filteredOn(event -> event.event().equals("ASSAULT"))
                .allSatisfy(event -> assertThat(event.provenance().derivation().recipientSource())
                        .isNotEqualTo(DefiniteNounReference.SOURCE));
    }
}
