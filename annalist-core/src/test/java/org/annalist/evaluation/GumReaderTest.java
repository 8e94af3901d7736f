package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.testing.ProjectPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class GumReaderTest {

    /** Written for this test: two paragraphs, nested and one-token mentions, a multi-word token, SpaceAfter=No. */
    static final String SNIPPET = String.join("\n",
            "# newdoc id = test_doc",
            "# meta::dateCreated = 2021-03-04",
            "# meta::title = Mayor visits port",
            "# newpar",
            "# sent_id = test_doc-1",
            "# text = The mayor of Dover spoke.",
            row(1, "The", "DT", 2, "Entity=(1-person-new-sssss-cf1-2-coref"),
            row(2, "mayor", "NN", 5, "_"),
            row(3, "of", "IN", 4, "_"),
            row(4, "Dover", "NNP", 2, "Entity=(2-place-new-nnnnn-cf2-1-coref-Dover)1)"),
            row(5, "spoke", "VBD", 0, "SpaceAfter=No"),
            row(6, ".", ".", 5, "_"),
            "",
            "# newpar",
            "# sent_id = test_doc-2",
            "# text = She praised Dover's port.",
            row(1, "She", "PRP", 2, "Entity=(1-person-giv:act-sssss-cf1-1-ana)"),
            row(2, "praised", "VBD", 0, "_"),
            "3-4\tDover's\t_\t_\t_\t_\t_\t_\t_\t_",
            row(3, "Dover", "NNP", 5, "Entity=(3-place-new-nnnnn-cf3-2-sgl(2-place-giv:inact-nnnnn-cf2-1-coref-Dover"),
            row(4, "'s", "POS", 3, "Entity=2)"),
            row(5, "port", "NN", 2, "Entity=3)|SpaceAfter=No"),
            row(6, ".", ".", 2, "_"),
            "");

    private static String row(int id, String form, String tag, int head, String misc) {
        return String.join("\t", String.valueOf(id), form, form.toLowerCase(), "_", tag, "_", String.valueOf(head), "dep", "_", misc);
    }

    @Test
    void rebuildsTextWithParagraphsAndDate() {
        GumDocument document = new GumReader().read(SNIPPET, "snippet").get(0);

        assertThat(document.article().id()).isEqualTo("test_doc");
        assertThat(document.article().date()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(document.article().title()).isEqualTo("Mayor visits port");
        assertThat(document.article().text()).isEqualTo("The mayor of Dover spoke.\n\nShe praised Dover's port.");
    }

    @Test
    void readsNestedOverlappingAndOneTokenMentionsWithTheirHeads() {
        GumDocument document = new GumReader().read(SNIPPET, "snippet").get(0);

        assertThat(document.mentions()).containsExactly(
                new GoldMention("1", "person", 0, 18, "The mayor of Dover", 4, 9, "NN"),
                new GoldMention("2", "place", 13, 18, "Dover", 13, 18, "NNP"),
                new GoldMention("1", "person", 27, 30, "She", 27, 30, "PRP"),
                new GoldMention("3", "place", 39, 51, "Dover's port", 47, 51, "NN"),
                new GoldMention("2", "place", 39, 46, "Dover's", 39, 44, "NNP"));
        assertThat(document.mentions().get(4).named()).isTrue();
        assertThat(document.mentions().get(2).pronoun()).isTrue();
    }

    @Test
    void rejectsTokensThatDoNotSpellTheTextLine() {
        String wrong = SNIPPET.replace("# text = The mayor of Dover spoke.", "# text = The mayor of Dover  spoke.");

        assertThatThrownBy(() -> new GumReader().read(wrong, "snippet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("snippet:6");
    }

    @Test
    void everyGumNewsMentionSlicesOutItsTokens() {
        Path folder = ProjectPaths.shared().map(shared -> shared.resolve("data/gum-news")).orElse(null);
        Assumptions.assumeTrue(folder != null && folder.toFile().isDirectory(), "../shared/data/gum-news is not on this machine");

        List<GumDocument> documents = new GumReader().readFolder(folder);

        assertThat(documents).hasSize(24);
        for (GumDocument document : documents) {
            String text = document.article().text();
            assertThat(document.article().date()).as(document.article().id()).isNotNull();
            assertThat(document.mentions()).as(document.article().id()).isNotEmpty();
            for (GoldMention mention : document.mentions()) {
                assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
                assertThat(mention.text()).isEqualTo(mention.text().strip()).isNotEmpty();
                assertThat(mention.headStart()).isBetween(mention.start(), mention.end() - 1);
                assertThat(mention.headEnd()).isBetween(mention.headStart() + 1, mention.end());
            }
        }
        GumDocument afghan = documents.get(0);
        assertThat(afghan.article().id()).isEqualTo("GUM_news_afghan");
        assertThat(afghan.article().text()).startsWith("After visa snags, all-girl Afghan team honored for 'courageous achievement'");
        assertThat(afghan.mentions()).anySatisfy(mention -> {
            assertThat(mention.text()).isEqualTo("all-girl Afghan team");
            assertThat(mention.entityType()).isEqualTo("organization");
            assertThat(text(afghan, mention.headStart(), mention.headEnd())).isEqualTo("team");
        });
    }

    private static String text(GumDocument document, int start, int end) {
        return document.article().text().substring(start, end);
    }
}
