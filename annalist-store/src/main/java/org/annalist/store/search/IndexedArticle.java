package org.annalist.store.search;

import java.time.LocalDate;
import java.util.List;
import org.annalist.pipeline.CodedArticle;

/**
 * What the search index holds of one article: its text and its quotes.
 *
 * @param quotes each quote with its speaker's name
 */
public record IndexedArticle(String articleId, String title, String source, LocalDate date, String text, List<IndexedQuote> quotes) {

    /** A quote as indexed. */
    public record IndexedQuote(String quoteId, String text, String speaker) {}

    public IndexedArticle {
        quotes = List.copyOf(quotes);
    }

    public static IndexedArticle of(CodedArticle coded) {
        var article = coded.article();
        return new IndexedArticle(article.id(), article.title(), article.source(), article.date(), article.text(),
                coded.quotes().stream().map(quote -> new IndexedQuote(quote.id(), quote.text(), quote.speakerName())).toList());
    }
}
