package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A government office-holder of no stated nationality who reports one state doing something is that state's official. */
class ReportedOwnStateTest {

    @Test
    void ministerWhoSaysWhatHisStateWillDoIsItsMinisterNotTheDatelines() {
        ActorAnalysis analysis = resolve("KAMPALA, Uganda (AP) - Ugandan police detained 14 traders at the Katuna border crossing on Monday "
                + "after a clash with customs officers.\n\n"
                + "\"Our traders are not smugglers,\" Foreign Minister Jean-Claude Munyaneza wrote on X. "
                + "He said Rwanda would recall its envoy for consultations.");
        Entity minister = named(analysis, "Jean-Claude Munyaneza");
        assertThat(minister.code()).isEqualTo("RWA");
        assertThat(minister.codedBy()).contains("an official reporting their own state's doing");
    }

    @Test
    void ministerWhoTellsReportersWhatHisCountryWillDoIsOfThatCountry() {
        ActorAnalysis analysis = resolve("LIMA, Peru (Reuters) - Peru expelled two Chilean diplomats on Thursday over a disputed fishing zone.\n\n"
                + "Foreign Minister Rodrigo Valdivieso told reporters that Chile would expel two Peruvian diplomats in return.");
        assertThat(named(analysis, "Rodrigo Valdivieso").code()).isEqualTo("CHL");
    }

    @Test
    void ministerWhoReportsTwoStatesKeepsTheDatelinesCountry() {
        ActorAnalysis analysis = resolve("LIMA, Peru (Reuters) - Peru expelled two Chilean diplomats on Thursday over a disputed fishing zone.\n\n"
                + "Interior Minister Rodrigo Valdivieso said Chile had arrested six fishermen and Peru would protest.");
        Entity minister = named(analysis, "Rodrigo Valdivieso");
        assertThat(minister.code()).isEqualTo("PER");
        assertThat(minister.codedBy()).doesNotContain("own state's doing");
    }

    @Test
    void aStateAskedToActIsNotTheMinistersOwn() {
        ActorAnalysis analysis = resolve("LIMA, Peru (Reuters) - Peruvian police seized two tonnes of cocaine near the border on Thursday.\n\n"
                + "Interior Minister Rodrigo Valdivieso said he had called on Bolivia to close three crossings.");
        Entity minister = named(analysis, "Rodrigo Valdivieso");
        assertThat(minister.code()).isEqualTo("PER");
        assertThat(minister.codedBy()).doesNotContain("own state's doing");
    }

    @Test
    void aGovernorReportingAForeignStrikeIsNotPlacedWithTheAttacker() {
        ActorAnalysis analysis = resolve("KYIV (AFP) - Russia fired 40 drones at Ukrainian cities overnight, the air force said.\n\n"
                + "Ukrainian drones struck a fuel depot in the Bryansk region, regional governor Alexei Sorokin said.");
        assertThat(named(analysis, "Alexei Sorokin").codedBy()).doesNotContain("own state's doing");
    }

    @Test
    void presidentWhoWarnsWhatHisCountryWillDoIsOfThatCountry() {
        ActorAnalysis analysis = resolve("MANAGUA, Nicaragua (AP) - Nicaraguan police detained nine Honduran fishermen on Sunday.\n\n"
                + "President Carlos Rivas warned in a televised address that Honduras would answer any new arrest.");
        Entity president = named(analysis, "Carlos Rivas");
        assertThat(president.code()).isEqualTo("HND");
        assertThat(president.codedBy()).contains("an official reporting their own state's doing");
    }
}
