package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A state firm or an armed group named without its country gives its own country to itself and
 * to the person it employs, whatever the dateline says.
 */
class StateFirmsTest {

    @Test
    void stateOilFirmsOfTheTwoSudansGiveTheirStaffTheirCountry() {
        ActorAnalysis analysis = resolve("LONDON (Reuters) - Sudapet chief executive Omer Ali said on Monday that exports would resume. "
                + "Nilepet's director Chol Deng agreed.");
        assertThat(named(analysis, "Sudapet").code()).isEqualTo("SDN");
        assertThat(named(analysis, "Omer Ali").code()).isEqualTo("SDN");
        assertThat(named(analysis, "Nilepet").code()).isEqualTo("SSD");
        assertThat(named(analysis, "Chol Deng").code()).isEqualTo("SSD");
    }

    @Test
    void southSudaneseArmedWingIsARebelGroupOfSouthSudan() {
        ActorAnalysis analysis = resolve("KHARTOUM (Reuters) - SPLA-IO fighters clashed with the South Sudan People's Defence Forces "
                + "in Upper Nile on Monday, the Sudan People's Liberation Movement-In Opposition said.");
        Entity wing = named(analysis, "SPLA-IO");
        assertThat(wing.code()).isEqualTo("SSD");
        assertThat(wing.sector()).isEqualTo("REB");
        assertThat(named(analysis, "South Sudan People's Defence Forces").sector()).isEqualTo("MIL");
        assertThat(named(analysis, "SPLM-IO").code()).isEqualTo("SSD");
    }
}
