package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Approving a package of sanctions imposes them; blocking (or not blocking) the package is a rejection of it. */
class CollectiveDecisionTest {

    @Test
    void approvingAPackageOfSanctionsImposesThem() {
        assertThat(CoderFixture.code("2025-06-03", "European Union governments approved on Tuesday a new package of sanctions "
                + "against Belarus over its support for Moscow.").events())
                .filteredOn(event -> event.event().equals("SANCTION"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EUR", "BLR"));
    }

    @Test
    void notBlockingThePackageIsANegatedRejectionOfItsAuthor() {
        assertThat(CoderFixture.code("2025-06-03", "The European Union imposed new sanctions on Belarus on Tuesday. "
                + "Slovakia did not block the package this time.").events())
                .filteredOn(event -> event.event().equals("REJECT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()), Event::aux)
                .containsExactly(tuple("SVK", "EUR", List.of("negation")));
    }
}
