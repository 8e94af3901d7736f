package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** A body "of" two or more countries ("the foreign ministers of Chile and Peru") is all of them, not the first named. */
class ConjoinedOfPhraseTest {

    @Test
    void ministersOfTwoCountriesMeetAsBoth() {
        assertThat(CoderFixture.code("2026-03-10", "The foreign ministers of Chile and Peru met in Lima on Tuesday.").events())
                .extracting(event -> tuple(event.event(), codes(event.actors())))
                .containsExactly(tuple("CONSULT", "CHL,PER"));
    }

    @Test
    void ministersOfOneCountryStayOne() {
        assertThat(CoderFixture.code("2026-03-10", "The foreign minister of Chile met the Peruvian ambassador in Santiago on Tuesday.").events())
                .extracting(event -> tuple(event.event(), codes(event.actors()), codes(event.recipients())))
                .containsExactly(tuple("CONSULT", "CHL", "PER"));
    }
}
