package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A nominal that carries a country gives it to an unplaced person only when it can name the person's office. */
class NominalCountryTest {

    @Test
    void anotherCountrysAmbassadorIsNotTheMinisterWhoMetHim() {
        ActorAnalysis analysis = resolve("BISHKEK, Kyrgyzstan (AP) — Border guards exchanged fire on Tuesday with smugglers near the Chinese frontier.\n\n"
                + "Foreign Minister Jeenbek Asanov, who met China's ambassador later on Tuesday, demanded an inquiry into the shooting.");
        assertThat(named(analysis, "Jeenbek Asanov").code()).isEqualTo("KGZ");
    }

    @Test
    void demonymWithAWordAnyOfficialGoesByStillPlacesTheSpokesman() {
        ActorAnalysis analysis = resolve("Pakistan warned its neighbour on Friday over the river dispute.\n\n"
                + "External affairs ministry spokesman Rajiv Mehra said the treaty would stay suspended. "
                + "\"The responsibility lies with Islamabad,\" the Indian official said.");
        Entity spokesman = named(analysis, "Rajiv Mehra");
        assertThat(spokesman.code()).isEqualTo("IND");
        assertThat(spokesman.codedBy()).contains("Indian official");
    }

    @Test
    void anotherCountrysAmbassadorParagraphsLaterIsNotAnUntitledTraderQuotedBefore() {
        ActorAnalysis analysis = resolve("QUETTA, Pakistan (Reuters) - Pakistan reopened the Chaman crossing with Afghanistan on Friday after a week-long closure.\n\n"
                + "\"Our fruit is rotting at the gate,\" said Gul Mohammad Achakzai, who runs a fleet of lorries. He said drivers had waited for days.\n\n"
                + "Pakistani and Afghan guards traded fire near the crossing last month, officials said.\n\n"
                + "Afghanistan's ambassador said on Thursday that Kabul wanted trade to resume.");
        Entity trader = named(analysis, "Gul Mohammad Achakzai");
        assertThat(trader.mentions()).extracting(Mention::text).containsExactly("Gul Mohammad Achakzai", "He");
        assertThat(trader.codedBy()).doesNotContain("ambassador");
    }

    @Test
    void officeEndingInAParticipleClauseGivesItsNationality() {
        ActorAnalysis analysis = resolve("COTONOU, Benin (AP) - Benin and Niger agreed on Wednesday to reopen their border.\n\n"
                + "\"We have lost three harvests,\" said Idrissa Maiga, a Nigerien cattle exporter waiting in Malanville with four trucks.");
        Entity exporter = named(analysis, "Idrissa Maiga");
        assertThat(exporter.code()).isEqualTo("NER");
        assertThat(exporter.sector()).isEqualTo("BUS");
        assertThat(exporter.title()).isEqualTo("cattle exporter");
    }
}
