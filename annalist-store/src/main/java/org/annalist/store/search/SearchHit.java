package org.annalist.store.search;

import java.util.List;

/**
 * One match: an article (with its best matching sentences) or a quote.
 *
 * @param kind "article" or "quote"
 * @param quoteId the quote's id in the article, or null for an article hit
 * @param speaker the quote's speaker, or null
 * @param highlights matching sentences (articles) or the quote, matched words between « and »
 */
public record SearchHit(String kind, String articleId, String quoteId, String title, String source, String date,
                        String speaker, float score, List<String> highlights) {

    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
