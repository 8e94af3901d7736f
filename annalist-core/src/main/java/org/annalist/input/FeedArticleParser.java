package org.annalist.input;

import java.util.ArrayList;
import java.util.List;
import org.annalist.article.Article;
import org.annalist.article.RejectionReason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an RSS 2.0 or Atom feed file: each {@code <item>} or {@code <entry>} with its title,
 * link, date (pubDate, updated, published, dc:date) and text (content:encoded, content,
 * description, summary; HTML inside is reduced to paragraphs) becomes one article. The outlet
 * is the feed's own title. Items without text are skipped, not rejected: feeds often list
 * headlines only, and the page itself can be read from a WARC file.
 */
public final class FeedArticleParser {

    private static final String[] TEXT_ELEMENTS = {"content|encoded", "encoded", "content", "description", "summary"};
    private static final String[] DATE_ELEMENTS = {"pubDate", "updated", "published", "dc|date", "date"};

    /** @param stem the file name without extension, prefix of generated ids */
    public List<Article> parse(String stem, String origin, String xml) throws InvalidInputException {
        Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
        List<Element> items = feed.select("item, entry");
        if (feed.select("rss, feed, rdf|RDF").isEmpty()) {
            throw new InvalidInputException(RejectionReason.UNSUPPORTED_FORMAT, "not an RSS or Atom feed (no <rss> or <feed> element)");
        }
        Element channelTitle = feed.selectFirst("channel > title, feed > title");
        String outlet = channelTitle == null ? null : blankToNull(channelTitle.text());
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            String text = paragraphs(first(item, TEXT_ELEMENTS));
            if (text == null) {
                continue;
            }
            String link = link(item);
            String guid = first(item, "guid", "id");
            String id = stem + "-" + (guid != null ? sanitize(guid) : String.valueOf(i + 1));
            CreditLines.Split body = CreditLines.split(text);
            String author = first(item, "author > name", "author", "dc|creator");
            articles.add(new Article(id, PublicationDates.parseLeniently(first(item, DATE_ELEMENTS)), outlet,
                    author == null ? body.joined() : author, first(item, "title"), link, body.text(), origin + "#" + (i + 1)));
        }
        return articles;
    }

    private static String link(Element item) {
        Element atomLink = item.selectFirst("link[href]");
        if (atomLink != null) {
            return atomLink.attr("href");
        }
        return first(item, "link");
    }

    private static String first(Element item, String... selectors) {
        for (String selector : selectors) {
            Element element = item.selectFirst(selector);
            if (element != null && !element.text().isBlank()) {
                return element.text().strip();
            }
        }
        return null;
    }

    /** The text of an HTML fragment, one paragraph per {@code <p>} (or the whole text when it has none). */
    static String paragraphs(String html) {
        if (html == null) {
            return null;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        List<String> paragraphs = new ArrayList<>();
        for (Element paragraph : fragment.select("p")) {
            String text = paragraph.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        String text = paragraphs.isEmpty() ? fragment.body().text().strip() : String.join("\n\n", paragraphs);
        return text.isEmpty() ? null : text;
    }

    private static String sanitize(String guid) {
        String cleaned = guid.replaceAll("^https?://", "").replaceAll("[^A-Za-z0-9._-]+", "_");
        return cleaned.length() > 80 ? cleaned.substring(cleaned.length() - 80) : cleaned;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
