package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Belarus condemned the drills. A foreign ministry spokesman said …": an unnamed spokesperson
 * of a state body with no country beside it speaks for the country the sentence before names as
 * acting; a country named with the spokesperson, or another subject before, gives no such guess.
 */
class StateBodySpokespersonTest {

    @Test
    void theMinistrySpokesmanSpeaksForTheCountryJustNamed() {
        assertThat(QuoteFixture.quotes(" date 2026-06-02 Poland and Lithuania held joint drills near the border on Monday. "
                + "Belarus condemned the exercise. A foreign ministry spokesman said the drills were \"a rehearsal for aggression against our people.\""))
                .filteredOn(Quote::direct)
                .extracting(Quote::speakerName)
                .containsExactly("Belarus");
    }

    @Test
    void withAPersonActingBeforeTheSpokesmanStaysUnnamed() {
        assertThat(QuoteFixture.quotes(" date 2026-06-02 Poland and Lithuania held joint drills near the border on Monday. "
                + "Residents of Grodno watched the helicopters. A foreign ministry spokesman said the drills were \"a rehearsal for aggression against our people.\""))
                .filteredOn(Quote::direct)
                .extracting(Quote::speakerName)
                .containsOnlyNulls();
    }
}
