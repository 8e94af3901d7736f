package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/** The reference article end to end: who is who, with every mention slicing out its text. */
class ExampleArticleActorsTest {

    @Test
    void resolvesTheTwoGeneralsTheirCountriesAndTheirMentions() {
        AnnotatedDocument document = SharedLanguage.annotateFile(SharedLanguage.exampleArticle());
        ActorAnalysis analysis = new DictionaryActorResolver(ActorDictionaries.load(List.of())).resolve(document);
        String text = document.text();

        Entity ashtiani = named(analysis, "Mohammad-Reza Ashtiani");
        assertThat(List.of(ashtiani.type(), ashtiani.code(), ashtiani.sector())).containsExactly("PERSON", "IRN", "MIL");
        assertThat(ashtiani.title()).contains("Deputy Chief of Staff of the Iranian Armed Forces");
        assertThat(texts(ashtiani)).contains("Ashtiani", "The Iranian official");
        int heAdded = text.indexOf("he added");
        assertThat(ashtiani.mentions()).anyMatch(m -> m.start() == heAdded && m.text().equals("he"));

        Entity aliyef = named(analysis, "Farid Aliyef");
        assertThat(List.of(aliyef.type(), aliyef.code(), aliyef.sector())).containsExactly("PERSON", "AZE", "MIL");
        assertThat(texts(aliyef)).contains("Aliyef", "the Azeri official");

        assertThat(named(analysis, "Iran").code()).isEqualTo("IRN");
        assertThat(texts(named(analysis, "Iran"))).contains("the Islamic Republic");
        assertThat(named(analysis, "Azerbaijan").code()).isEqualTo("AZE");
        assertThat(texts(named(analysis, "Azerbaijan"))).contains("the Republic of Azerbaijan");
        Entity tehran = named(analysis, "Tehran");
        assertThat(List.of(tehran.type(), tehran.code())).containsExactly("LOCATION", "IRN");

        for (int index = 0; index < analysis.entities().size(); index++) {
            Entity entity = analysis.entities().get(index);
            assertThat(entity.id()).isEqualTo("e" + (index + 1));
            assertThat(entity.codedBy()).isNotBlank();
            for (Mention mention : entity.mentions()) {
                assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
            }
        }
    }

    private static Entity named(ActorAnalysis analysis, String name) {
        return analysis.entities().stream().filter(entity -> name.equals(entity.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + analysis.entities()));
    }

    private static List<String> texts(Entity entity) {
        return entity.mentions().stream().map(Mention::text).toList();
    }
}
