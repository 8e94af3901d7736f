package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A country word that modifies the noun of a "for"/"on" phrase in a title is the office's subject, not the holder's country. */
class PortfolioCountryTest {

    @Test
    void countryInsideTheOfficesSubjectDoesNotCodeTheHolder() {
        ActorAnalysis analysis = resolve("CANBERRA, May 4 (Reuters) - Australia will answer the new tariffs, Trade Minister Don Farrell said. "
                + "Tim Ayres, the minister responsible for cross-border US trade, will travel to Washington next week.");
        assertThat(named(analysis, "Tim Ayres").code()).isEqualTo("AUS");
    }
}
