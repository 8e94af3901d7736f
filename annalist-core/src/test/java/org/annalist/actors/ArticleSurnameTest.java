package org.annalist.actors;

import static org.annalist.actors.ResolvedText.mentionTexts;
import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A surname written with the Arabic article ("al-Burhan") is the same person's when a later sentence drops the article ("Burhan"). */
class ArticleSurnameTest {

    @Test
    void surnameWithoutTheArticleIsTheSamePerson() {
        ActorAnalysis analysis = resolve("JUBA (Reuters) - South Sudan's President Salva Kiir received Sudanese army chief Abdel Fattah "
                + "al-Burhan on Monday. Burhan said Sudan would keep the oil flowing.");
        Entity burhan = named(analysis, "Abdel Fattah al-Burhan");
        assertThat(burhan.code()).isEqualTo("SDN");
        assertThat(mentionTexts(burhan)).contains("Burhan");
        assertThat(analysis.entities()).noneMatch(entity -> "Burhan".equals(entity.name()));
    }

    @Test
    void egyptianSpellingOfTheArticleIsDroppedToo() {
        ActorAnalysis analysis = resolve("CAIRO (AP) - Egyptian President Abdel Fattah el-Sissi met Libyan commander Khalifa Haftar "
                + "on Monday. Sissi said Egypt backed a political solution.");
        assertThat(mentionTexts(named(analysis, "Abdel Fattah el-Sissi"))).contains("Sissi");
    }

    @Test
    void bodyNamedWithTheArticleInLowerCaseIsTheDictionarysBody() {
        ActorAnalysis analysis = resolve("BAMAKO (Reuters) - Fighters linked to al-Qaeda attacked an army post on Monday, the army said.");
        Entity group = analysis.entities().stream().filter(entity -> entity.mentions().stream().anyMatch(m -> m.text().equals("al-Qaeda")))
                .findFirst().orElseThrow();
        assertThat(group.code()).isEqualTo("IMG");
        assertThat(group.type()).isEqualTo("ORGANIZATION");
    }
}
