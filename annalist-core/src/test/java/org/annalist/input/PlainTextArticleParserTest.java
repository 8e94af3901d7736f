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

    @Test
    void movesWireCreditsOutOfTheTextIntoTheAuthor() throws Exception {
        Article article = new PlainTextArticleParser().parse("w1", "w1.txt",
                " date 2025-03-04 \nMinisters met in Ankara on Tuesday.\n\nThey agreed to meet again.\n\n"
                        + "(Reporting by Jane Doe in Ankara; Additional reporting by Ali Veli;\nEditing by John Smith)\n");
        assertThat(article.text()).isEqualTo("Ministers met in Ankara on Tuesday.\n\nThey agreed to meet again.");
        assertThat(article.author()).isEqualTo("Reporting by Jane Doe in Ankara; Additional reporting by Ali Veli; Editing by John Smith");
    }

    @Test
    void movesAContributionLineButKeepsStoryTextAboutReporting() throws Exception {
        Article article = new PlainTextArticleParser().parse("w2", "w2.txt",
                "Reporting by state media was restricted, the ministry said.\n\n"
                        + "Reporting by foreign journalists was banned, officials said.\n\n"
                        + "Associated Press writer Maria Rossi in Rome contributed to this report.");
        assertThat(article.text()).isEqualTo("Reporting by state media was restricted, the ministry said.\n\n"
                + "Reporting by foreign journalists was banned, officials said.");
        assertThat(article.author()).isEqualTo("Associated Press writer Maria Rossi in Rome contributed to this report.");
    }
}
