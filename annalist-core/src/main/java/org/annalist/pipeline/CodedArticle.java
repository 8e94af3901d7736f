package org.annalist.pipeline;

import java.util.List;
import org.annalist.actors.Entity;
import org.annalist.article.Article;
import org.annalist.events.Event;
import org.annalist.language.TimeExpression;
import org.annalist.quotes.Quote;

/**
 * Everything Annalist found in one article: what the sinks write.
 *
 * @param article the article as read
 * @param entities its actors, in order of first mention
 * @param quotes its quotations, in text order
 * @param events its events, in text order
 * @param times its time expressions, normalised against the article date
 * @param sentenceCount number of sentences annotated
 * @param tokenCount number of tokens annotated
 * @param warnings what had to be cut short while coding it
 */
public record CodedArticle(
        Article article,
        List<Entity> entities,
        List<Quote> quotes,
        List<Event> events,
        List<TimeExpression> times,
        int sentenceCount,
        int tokenCount,
        List<String> warnings) {

    public CodedArticle {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        times = List.copyOf(times);
        warnings = List.copyOf(warnings);
    }
}
