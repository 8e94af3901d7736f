package org.annalist.input;

import java.util.ArrayList;
import java.util.List;
import org.annalist.article.Article;
import org.annalist.article.RejectionReason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts a news page's article: headline, publication date and URL from the usual meta tags,
 * and the body paragraphs with navigation, scripts and share widgets removed.
 */
public final class HtmlArticleParser {

    /** Page furniture that is never article text. */
    private static final String BOILERPLATE = String.join(",",
            "script", "style", "noscript", "template", "iframe", "svg", "form", "button",
            "nav", "header", "footer", "aside", "figure figcaption",
            "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[aria-hidden=true]",
            "[class~=(?i)(share|social|related|comment|newsletter|subscribe|advert|promo|breadcrumb|cookie|byline-share)]",
            "[id~=(?i)(share|social|related|comment|newsletter|subscribe|advert|cookie)]");
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[property=og:published_time]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name=DC.date.issued]",
        "meta[name=dcterms.date]", "meta[itemprop=datePublished]", "meta[name=parsely-pub-date]",
    };
    private static final int MIN_PARAGRAPH_CHARS = 25;

    public Article parse(String id, String origin, String html) throws InvalidInputException {
        Document page = Jsoup.parse(html);
        String title = firstNonBlank(
                page.select("meta[property=og:title]").attr("content"),
                page.select("h1").text(),
                page.title());
        String url = firstNonBlank(
                page.select("link[rel=canonical]").attr("href"),
                page.select("meta[property=og:url]").attr("content"));
        String source = firstNonBlank(page.select("meta[property=og:site_name]").attr("content"));
        String date = null;
        for (String selector : DATE_META) {
            date = firstNonBlank(page.select(selector).attr("content"));
            if (date != null) {
                break;
            }
        }
        if (date == null) {
            date = firstNonBlank(page.select("time[datetime]").attr("datetime"));
        }
        page.select(BOILERPLATE).remove();
        List<String> paragraphs = paragraphsOf(mainContent(page));
        if (paragraphs.isEmpty()) {
            throw new InvalidInputException(RejectionReason.NO_TEXT, "no paragraph of article text in the page");
        }
        CreditLines.Split body = CreditLines.split(String.join("\n\n", paragraphs));
        return new Article(id, PublicationDates.parseLeniently(date), source, body.joined(), title, url, body.text(), origin);
    }

    /** The {@code <article>} element, else the element holding the most paragraph text. */
    private static Element mainContent(Document page) {
        Elements articles = page.select("article, [itemprop=articleBody], main");
        Element best = page.body();
        int bestLength = -1;
        for (Element candidate : articles.isEmpty() ? page.select("div, section") : articles) {
            int length = candidate.select("p").text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best == null ? page : best;
    }

    private static List<String> paragraphsOf(Element content) {
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = content.select("p, h2, h3, li, blockquote");
        if (blocks.isEmpty()) {
            String text = content.text().strip();
            if (text.length() >= MIN_PARAGRAPH_CHARS) {
                paragraphs.add(text);
            }
            return paragraphs;
        }
        for (Element block : blocks) {
            if (!block.select("p").isEmpty() && !block.is("p")) {
                continue; // its paragraphs are taken one by one
            }
            String text = block.text().strip();
            if (text.length() >= MIN_PARAGRAPH_CHARS || (block.is("p") && text.matches(".*[.!?\u201D\"]$"))) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
