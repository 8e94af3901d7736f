package org.annalist.pipeline;

import java.util.List;
import java.util.Objects;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.ActorResolver;
import org.annalist.article.Article;
import org.annalist.events.Event;
import org.annalist.events.EventCoder;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.LanguageAnnotator;
import org.annalist.quotes.Quote;
import org.annalist.quotes.QuoteAttributor;

/**
 * The stages in their one order: language annotation, actors, quotes, events. Each stage's
 * inputs are the typed results of the stages before it, so a stage cannot be wired without
 * what it needs. Thread-safe when its stages are; one instance serves all workers.
 */
public final class ArticlePipeline {

    private final LanguageAnnotator language;
    private final ActorResolver actors;
    private final QuoteAttributor quotes;
    private final EventCoder events;

    public ArticlePipeline(LanguageAnnotator language, ActorResolver actors, QuoteAttributor quotes, EventCoder events) {
        this.language = Objects.requireNonNull(language, "language");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.events = Objects.requireNonNull(events, "events");
    }

    public CodedArticle code(Article article) {
        return code(language.annotate(article));
    }

    /** Codes an already annotated document (used by tests, explain and benchmarks). */
    public CodedArticle code(AnnotatedDocument document) {
        ActorAnalysis actorAnalysis = actors.resolve(document);
        List<Quote> quoteList = quotes.attribute(document, actorAnalysis);
        List<Event> eventList = events.code(document, actorAnalysis, quoteList);
        int tokens = document.sentences().stream().mapToInt(sentence -> sentence.tokens().size()).sum();
        return new CodedArticle(document.article(), actorAnalysis.entities(), quoteList, eventList,
                document.timeExpressions(), document.sentences().size(), tokens, document.warnings());
    }

    public LanguageAnnotator language() {
        return language;
    }
}
