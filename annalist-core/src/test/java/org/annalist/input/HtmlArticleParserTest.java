package org.annalist.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.annalist.article.Article;
import org.annalist.article.RejectionReason;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {

    private final HtmlArticleParser parser = new HtmlArticleParser();

    private static final String PAGE = """
            <html><head>
              <title>Site | Ministers meet</title>
              <meta property="og:title" content="Kenyan and Ethiopian ministers meet in Nairobi">
              <meta property="article:published_time" content="2025-03-04T09:30:00+03:00">
              <meta property="og:site_name" content="Harbour Post">
              <link rel="canonical" href="https://example.org/news/ministers-meet">
              <script>var tracking = "do not read me";</script>
            </head><body>
              <nav><a href="/">Home</a> <a href="/world">World news and more sections</a></nav>
              <div class="share-buttons"><p>Share this story on every social network you use</p></div>
              <article>
                <h1>Kenyan and Ethiopian ministers meet in Nairobi</h1>
                <p>The foreign ministers of Kenya and Ethiopia met in Nairobi on Tuesday to discuss the border.</p>
                <p>“We have agreed to meet again next month,” the Kenyan minister said.</p>
                <aside><p>Related: an unrelated story that must not appear in the text</p></aside>
              </article>
              <footer><p>Copyright Harbour Post, all rights reserved, 2025.</p></footer>
            </body></html>
            """;

    @Test
    void extractsTitleDateUrlAndParagraphsWithoutPageFurniture() throws Exception {
        Article article = parser.parse("meet", "meet.html", PAGE);

        assertThat(article.title()).isEqualTo("Kenyan and Ethiopian ministers meet in Nairobi");
        assertThat(article.date()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(article.url()).isEqualTo("https://example.org/news/ministers-meet");
        assertThat(article.source()).isEqualTo("Harbour Post");
        // The headline is the title, not body text.
        assertThat(article.text()).isEqualTo(
                "The foreign ministers of Kenya and Ethiopia met in Nairobi on Tuesday to discuss the border.\n\n"
                        + "“We have agreed to meet again next month,” the Kenyan minister said.");
    }

    @Test
    void rejectsAPageWithoutArticleText() {
        String page = "<html><head><title>Empty</title></head><body><nav>Home</nav><script>x()</script></body></html>";

        assertThatThrownBy(() -> parser.parse("empty", "empty.html", page))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.NO_TEXT));
    }
}
