package org.annalist.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.annalist.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedAndWarcReadersTest {

    @TempDir
    Path folder;

    private static final String PAGE = "<html><head><title>Talks</title><meta property=\"og:site_name\" content=\"Caspian Daily\">"
            + "<meta property=\"article:published_time\" content=\"2024-11-18T09:00:00Z\"></head><body><article>"
            + "<h1>Generals meet in Tehran</h1><p>Iranian and Azerbaijani generals met in Tehran on Monday to discuss border security.</p>"
            + "<p>The two sides agreed to hold joint military drills next spring, officials said.</p></article></body></html>";

    @Test
    void readsEveryRssItemWithTextAsAnArticle() throws Exception {
        Path feed = folder.resolve("news.rss");
        Files.writeString(feed, """
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Caspian Daily</title>
                <item><title>Generals meet</title><link>https://caspian.example/1</link><guid>https://caspian.example/1</guid>
                <pubDate>Mon, 18 Nov 2024 09:00:00 GMT</pubDate>
                <description><![CDATA[<p>Iranian and Azerbaijani generals met in Tehran.</p><p>They agreed on drills.</p>]]></description></item>
                <item><title>Headline only</title><link>https://caspian.example/2</link></item>
                </channel></rss>""");
        List<Article> articles = read(feed);
        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Generals meet");
            assertThat(article.url()).isEqualTo("https://caspian.example/1");
            assertThat(article.source()).isEqualTo("Caspian Daily");
            assertThat(article.date()).isEqualTo(LocalDate.of(2024, 11, 18));
            assertThat(article.text()).isEqualTo("Iranian and Azerbaijani generals met in Tehran.\n\nThey agreed on drills.");
            assertThat(article.id()).isEqualTo("news-caspian.example_1");
        });
    }

    @Test
    void readsAtomEntries() throws Exception {
        Path feed = folder.resolve("news.atom");
        Files.writeString(feed, """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Baku Wire</title>
                <entry><title>Drills announced</title><link href="https://baku.example/a"/><id>tag:baku.example,2024:a</id>
                <updated>2024-11-19T10:00:00Z</updated><content type="html">&lt;p&gt;Joint drills were announced in Baku.&lt;/p&gt;</content></entry>
                </feed>""");
        assertThat(read(feed)).singleElement().satisfies(article -> {
            assertThat(article.url()).isEqualTo("https://baku.example/a");
            assertThat(article.source()).isEqualTo("Baku Wire");
            assertThat(article.date()).isEqualTo(LocalDate.of(2024, 11, 19));
            assertThat(article.text()).isEqualTo("Joint drills were announced in Baku.");
        });
    }

    @Test
    void readsHtmlResponsesOfAGzippedWarcAndPassesOverOtherRecords() throws Exception {
        Path warc = folder.resolve("crawl.warc.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(warc))) {
            out.write(record("warcinfo", null, "software: test\r\n".getBytes(StandardCharsets.UTF_8)));
            out.write(record("request", "https://caspian.example/1", "GET /1 HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
            out.write(record("response", "https://caspian.example/1",
                    ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + PAGE).getBytes(StandardCharsets.UTF_8)));
            out.write(record("response", "https://caspian.example/logo.png",
                    "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\u0089PNG".getBytes(StandardCharsets.ISO_8859_1)));
        }
        assertThat(read(warc)).singleElement().satisfies(article -> {
            assertThat(article.id()).isEqualTo("crawl.warc-3");
            assertThat(article.url()).isEqualTo("https://caspian.example/1");
            assertThat(article.source()).isEqualTo("Caspian Daily");
            assertThat(article.date()).isEqualTo(LocalDate.of(2024, 11, 18));
            assertThat(article.text()).startsWith("Iranian and Azerbaijani generals met in Tehran").contains("joint military drills");
        });
    }

    @Test
    void recognisesFeedAndWarcExtensions() {
        assertThat(InputFormat.forFileName("a.rss")).contains(InputFormat.FEED);
        assertThat(InputFormat.forFileName("a.xml")).contains(InputFormat.FEED);
        assertThat(InputFormat.forFileName("a.warc")).contains(InputFormat.WARC);
        assertThat(InputFormat.forFileName("a.WARC.GZ")).contains(InputFormat.WARC);
    }

    private static byte[] record(String type, String uri, byte[] block) {
        String headers = "WARC/1.1\r\nWARC-Type: " + type + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(headers.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static List<Article> read(Path path) throws Exception {
        List<Article> articles = new ArrayList<>();
        try (ArticleInputs inputs = new ArticleInputs(List.of(path.toString()), null, InputLimits.DEFAULT, System.in, new ObjectMapper())) {
            inputs.forEachRemaining(result -> {
                assertThat(result).isInstanceOf(ReadResult.Read.class);
                articles.add(((ReadResult.Read) result).article());
            });
        }
        return articles;
    }
}
