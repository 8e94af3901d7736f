package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Country names and demonyms nested in one another or in the names of places that are no one
 * country's: the longest name wins, so a person's title names the right state.
 */
class ConfusableCountryNamesTest {

    @Test
    void southSudanAndSudanInTitlesAreTwoStates() {
        ActorAnalysis analysis = resolve("KHARTOUM (Reuters) - Sudan's army chief Abdel Fattah al-Burhan met South Sudanese President "
                + "Salva Kiir in Port Sudan on Monday. South Sudan's oil minister Puot Kang Chol said exports would resume.");
        assertThat(named(analysis, "Abdel Fattah al-Burhan").code()).isEqualTo("SDN");
        assertThat(named(analysis, "Salva Kiir").code()).isEqualTo("SSD");
        assertThat(named(analysis, "Puot Kang Chol").code()).isEqualTo("SSD");
    }

    @Test
    void nigerAndNigeriaAndTheirDemonymsAreTwoStates() {
        ActorAnalysis analysis = resolve("NIAMEY (Reuters) - Niger's junta leader Abdourahamane Tiani said Nigerian troops would not cross. "
                + "Nigerien Prime Minister Ali Lamine Zeine met Nigeria's President Bola Tinubu on Monday.");
        assertThat(named(analysis, "Abdourahamane Tiani").code()).isEqualTo("NER");
        assertThat(named(analysis, "Ali Lamine Zeine").code()).isEqualTo("NER");
        assertThat(named(analysis, "Bola Tinubu").code()).isEqualTo("NGA");
    }

    @Test
    void theFourGuineasAreFourStates() {
        ActorAnalysis analysis = resolve("CONAKRY (Reuters) - Guinea's junta leader Mamadi Doumbouya met Guinea-Bissau's President Umaro "
                + "Sissoco Embalo. Equatorial Guinea's vice president Teodoro Nguema Obiang Mangue also attended, as did Papua New "
                + "Guinea's prime minister James Marape.");
        assertThat(named(analysis, "Mamadi Doumbouya").code()).isEqualTo("GIN");
        assertThat(named(analysis, "Umaro Sissoco Embalo").code()).isEqualTo("GNB");
        assertThat(named(analysis, "Teodoro Nguema Obiang Mangue").code()).isEqualTo("GNQ");
        assertThat(named(analysis, "James Marape").code()).isEqualTo("PNG");
    }

    @Test
    void greekAndTurkishCypriotLeadersAreCypriots() {
        ActorAnalysis analysis = resolve("NICOSIA (Reuters) - Greek Cypriot leader Nikos Christodoulides met Turkish Cypriot leader "
                + "Tufan Erhurman on Monday. Erhurman said the talks were useful.");
        assertThat(named(analysis, "Nikos Christodoulides").code()).isEqualTo("CYP");
        assertThat(named(analysis, "Tufan Erhurman").code()).isEqualTo("CYP");
        assertThat(analysis.entities()).noneMatch(entity -> "TUR".equals(entity.code()) || "GRC".equals(entity.code()));
    }

    @Test
    void seaNamedAfterACountryIsNoMentionOfIt() {
        ActorAnalysis analysis = resolve("MANILA (Reuters) - Philippine vessels were blocked in the South China Sea on Monday, "
                + "the coast guard said. The Philippines protested.");
        assertThat(analysis.entities()).noneMatch(entity -> "CHN".equals(entity.code()));
        Entity sea = named(analysis, "South China Sea");
        assertThat(sea.type()).isEqualTo("LOCATION");
        assertThat(sea.code()).isNull();
    }

    @Test
    void gulfNamedAfterACountryIsNoMentionOfIt() {
        ActorAnalysis analysis = resolve("YAOUNDE (Reuters) - Pirates attacked a tanker in the Gulf of Guinea on Monday. "
                + "Cameroon's navy chief Jean Mendoua said the crew was safe.");
        assertThat(analysis.entities()).noneMatch(entity -> "GIN".equals(entity.code()));
        assertThat(named(analysis, "Jean Mendoua").code()).isEqualTo("CMR");
    }

    @Test
    void regionOfTheAmericasIsNotTheUnitedStates() {
        ActorAnalysis analysis = resolve("PANAMA CITY (AP) - Police fired rubber bullets at striking miners on Monday. The U.N. human "
                + "rights office for Central America urged Panamanian authorities to investigate. Latin American leaders called for calm.");
        assertThat(analysis.entities()).noneMatch(entity -> "USA".equals(entity.code()));
    }

    @Test
    void congoleseInAStoryFiledFromBrazzavilleIsOfTheRepublicOfCongo() {
        ActorAnalysis analysis = resolve("BRAZZAVILLE (Reuters) - Congolese President Denis Sassou Nguesso said on Monday he would "
                + "mediate between DR Congo and Rwanda. Congolese Oil Minister Bruno Itoua said output would rise.");
        assertThat(named(analysis, "Denis Sassou Nguesso").code()).isEqualTo("COG");
        assertThat(named(analysis, "Bruno Itoua").code()).isEqualTo("COG");
        assertThat(named(analysis, "Bruno Itoua").codedBy()).contains("shared-names.tsv");
    }

    @Test
    void congoleseInAStoryAboutTheDemocraticRepublicStaysItsOwn() {
        ActorAnalysis analysis = resolve("GOMA (Reuters) - Congo's government signed a deal with the M23 rebels on Monday. "
                + "Congolese Foreign Minister Therese Kayikwamba Wagner said Kinshasa would not back down.");
        assertThat(named(analysis, "Therese Kayikwamba Wagner").code()).isEqualTo("COD");
    }

    @Test
    void dominicanInAStoryAboutDominicaIsOfDominica() {
        ActorAnalysis analysis = resolve("LONDON (Reuters) - Dominica's parliament passed a citizenship bill on Monday. "
                + "Dominican Prime Minister Roosevelt Skerrit said it would bring investment.");
        assertThat(named(analysis, "Roosevelt Skerrit").code()).isEqualTo("DMA");
    }

    @Test
    void dominicanInAStoryAboutTheDominicanRepublicStaysItsOwn() {
        ActorAnalysis analysis = resolve("PORT-AU-PRINCE (AP) - Haiti protested on Monday. Dominican President Luis Abinader said "
                + "deportations from the Dominican Republic would continue.");
        assertThat(named(analysis, "Luis Abinader").code()).isEqualTo("DOM");
    }
}
