package org.annalist.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.annalist.article.Article;
import org.junit.jupiter.api.Test;

class CreditLinesTest {

    @Test
    void jsonLinesRecordLosesItsCreditsButKeepsAGivenAuthor() throws Exception {
        JsonLineArticleParser parser = new JsonLineArticleParser(new ObjectMapper());
        Article withoutAuthor = parser.parse("f-1", "f.jsonl:1",
                "{\"text\": \"Police detained five people.\\n\\nWriting by Tom Lee; Editing by Ann Marr\"}");
        assertThat(withoutAuthor.text()).isEqualTo("Police detained five people.");
        assertThat(withoutAuthor.author()).isEqualTo("Writing by Tom Lee; Editing by Ann Marr");
        Article withAuthor = parser.parse("f-2", "f.jsonl:2",
                "{\"text\": \"Police detained five people.\\n\\n[Compiled by Desk Staff]\", \"author\": \"Tom Lee\"}");
        assertThat(withAuthor.text()).isEqualTo("Police detained five people.");
        assertThat(withAuthor.author()).isEqualTo("Tom Lee");
    }

    @Test
    void neverTakesTheOnlyParagraphOrAProseParagraph() {
        assertThat(CreditLines.split("Reporting by Jane Doe").text()).isEqualTo("Reporting by Jane Doe");
        assertThat(CreditLines.isCredit("Editing by the censors delayed the broadcast by two days")).isFalse();
        assertThat(CreditLines.isCredit("(Reporting by Jane Doe and Ali Veli in Ankara; Writing by Sam Roe; Editing by Kim Hale)")).isTrue();
    }
}
