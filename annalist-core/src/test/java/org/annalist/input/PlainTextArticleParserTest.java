package org.annalist.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.annalist.article.Article;
import org.annalist.article.RejectionReason;
import org.junit.jupiter.api.Test;

class PlainTextArticleParserTest {

    private final PlainTextArticleParser parser = new PlainTextArticleParser();

    @Test
    void readsDateLineParagraphsAndByline() throws Exception {
        String content = " date 2025-03-04 Kenya and Ethiopia signed a border accord on Tuesday.\n\n"
                + "The accord was signed in Nairobi.\n\nRTK/Harbour Post";

        Article article = parser.parse("border", "border.txt", content);

        assertThat(article.date()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(article.text()).isEqualTo("Kenya and Ethiopia signed a border accord on Tuesday.\n\nThe accord was signed in Nairobi.");
        assertThat(article.source()).isEqualTo("Harbour Post");
        assertThat(article.author()).isEqualTo("RTK");
        assertThat(article.id()).isEqualTo("border");
    }

    @Test
    void keepsLastParagraphThatIsNotAByline() throws Exception {
        Article article = parser.parse("a", "a.txt", "First paragraph.\n\nThe talks ended/resumed later.");

        assertThat(article.date()).isNull();
        assertThat(article.source()).isNull();
        assertThat(article.text()).endsWith("The talks ended/resumed later.");
    }

    @Test
    void foldsLineBreaksInsideAParagraph() throws Exception {
        Article article = parser.parse("a", "a.txt", "The minister said\r\nthe talks would resume.\r\n\r\nSecond.");

        assertThat(article.text()).isEqualTo("The minister said the talks would resume.\n\nSecond.");
    }

    @Test
    void rejectsAnImpossibleDate() {
        assertThatThrownBy(() -> parser.parse("a", "a.txt", " date 2024-13-45 Text."))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_FIELD));
    }

    @Test
    void rejectsADateLineWithNoText() {
        assertThatThrownBy(() -> parser.parse("a", "a.txt", " date 2024-11-19 \n\n"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.EMPTY));
    }
}
