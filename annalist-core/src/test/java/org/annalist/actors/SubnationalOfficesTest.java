package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A state or province named before an office is the office's jurisdiction, so its country is the office-holder's. */
class SubnationalOfficesTest {

    @Test
    void malaysianStateBeforeAnOfficeGivesItsCountry() {
        ActorAnalysis analysis = resolve("SINGAPORE (Reuters) - Singapore and Malaysia opened a special economic zone on Monday. "
                + "Johor Chief Minister Ahmad Rahim welcomed the deal.");
        assertThat(named(analysis, "Ahmad Rahim").code()).isEqualTo("MYS");
    }

    @Test
    void southSudaneseStateBeforeAnOfficeGivesItsCountry() {
        ActorAnalysis analysis = resolve("KHARTOUM (Reuters) - Fighting spread along the border on Monday. "
                + "Upper Nile state governor James Odhok said thousands had fled.");
        assertThat(named(analysis, "James Odhok").code()).isEqualTo("SSD");
    }

    @Test
    void personFromAnAfghanProvinceIsAfghan() {
        ActorAnalysis analysis = resolve("ISLAMABAD (Reuters) - Pakistan deported hundreds of refugees on Monday. "
                + "\"We have nothing left,\" said Zarmina Wali, 40, from Kunar.");
        assertThat(named(analysis, "Zarmina Wali").code()).isEqualTo("AFG");
    }

    @Test
    void straitNamedAfterAStateIsNoMentionOfIt() {
        ActorAnalysis analysis = resolve("JAKARTA (Reuters) - Indonesian patrol boats intercepted a tanker in the Strait of Malacca on Monday.");
        assertThat(analysis.entities()).noneMatch(entity -> "MYS".equals(entity.code()));
    }

    @Test
    void possessiveOfAPlaceBeforeAnOfficeGivesItsCountry() {
        ActorAnalysis analysis = resolve("DUBLIN (Reuters) - Northern Ireland's First Minister Michelle O'Neill met Irish Prime Minister "
                + "Micheal Martin in Dublin on Monday.");
        Entity firstMinister = named(analysis, "Michelle O'Neill");
        assertThat(firstMinister.code()).isEqualTo("GBR");
        assertThat(firstMinister.codedBy()).contains("jurisdiction of the office");
        assertThat(named(analysis, "Micheal Martin").code()).isEqualTo("IRL");
    }

    @Test
    void possessiveOfAPlaceBeforeAPostAbroadGivesNoCountry() {
        ActorAnalysis analysis = resolve("LONDON (Reuters) - Britain summoned a diplomat on Monday. Tehran's ambassador Ali Mousavi "
                + "said the charges were false.");
        assertThat(named(analysis, "Ali Mousavi").codedBy()).doesNotContain("jurisdiction of the office");
    }

    @Test
    void placeAfterAnOfficeWithOfIsItsJurisdiction() {
        ActorAnalysis analysis = resolve("MOSCOW (Reuters) - Russian drones hit Kharkiv overnight, the mayor of Kharkiv, Ihor Terekhov, said on Monday.");
        Entity mayor = named(analysis, "Ihor Terekhov");
        assertThat(mayor.code()).isEqualTo("UKR");
        assertThat(mayor.codedBy()).contains("Kharkiv (UKR) is the jurisdiction of the office");
    }
}
