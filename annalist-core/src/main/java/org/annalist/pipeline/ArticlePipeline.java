package org.annalist.pipeline;

import java.util.List;
import java.util.Objects;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.ActorResolver;
import org.annalist.article.Article;
import org.annalist.confidence.ConfidenceScoring;
import org.annalist.events.Event;
import org.annalist.events.EventCoder;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.LanguageAnnotator;
import org.annalist.quotes.Quote;
import org.annalist.quotes.QuoteAttributor;
import org.annalist.reranking.RecipientReranking;

/**
 * The stages in their one order: language annotation, actors, quotes, events, and the events'
 * confidence when a model is given. Each stage's
 * inputs are the typed results of the stages before it, so a stage cannot be wired without
 * what it needs. Thread-safe when its stages are; one instance serves all workers.
 */
public final class ArticlePipeline {

    private final LanguageAnnotator language;
    private final ActorResolver actors;
    private final QuoteAttributor quotes;
    private final EventCoder events;
    /** The recipient reranking stage, or null: events then keep the rules' recipients. */
    private final RecipientReranking recipients;
    /** The confidence stage, or null: events then carry no confidence. */
    private final ConfidenceScoring confidence;

    /** A pipeline whose events carry no confidence (tests, tools that only count events). */
    public ArticlePipeline(LanguageAnnotator language, ActorResolver actors, QuoteAttributor quotes, EventCoder events) {
        this(language, actors, quotes, events, null);
    }

    /** @param confidence the confidence stage, or null for events without a confidence */
    public ArticlePipeline(LanguageAnnotator language, ActorResolver actors, QuoteAttributor quotes, EventCoder events,
            ConfidenceScoring confidence) {
        this(language, actors, quotes, events, null, confidence);
    }

    /**
     * @param recipients the recipient reranking stage, or null to keep the rules' recipients
     * @param confidence the confidence stage, or null for events without a confidence
     */
    public ArticlePipeline(LanguageAnnotator language, ActorResolver actors, QuoteAttributor quotes, EventCoder events,
            RecipientReranking recipients, ConfidenceScoring confidence) {
        this.recipients = recipients;
        this.language = Objects.requireNonNull(language, "language");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.events = Objects.requireNonNull(events, "events");
        this.confidence = confidence;
    }

    public CodedArticle code(Article article) {
        return code(language.annotate(article));
    }

    /** Codes an already annotated document (used by tests, explain and benchmarks). */
    public CodedArticle code(AnnotatedDocument document) {
        ActorAnalysis actorAnalysis = actors.resolve(document);
        List<Quote> quoteList = quotes.attribute(document, actorAnalysis);
        List<Event> eventList = events.code(document, actorAnalysis, quoteList);
        if (recipients != null) {
            eventList = recipients.rerank(eventList, actorAnalysis.entities());
        }
        if (confidence != null) {
            eventList = confidence.score(eventList, actorAnalysis.entities(), quoteList, document.text());
        }
        int tokens = document.sentences().stream().mapToInt(sentence -> sentence.tokens().size()).sum();
        return new CodedArticle(document.article(), actorAnalysis.entities(), quoteList, eventList,
                document.timeExpressions(), document.sentences().size(), tokens, document.warnings());
    }

    public LanguageAnnotator language() {
        return language;
    }
}
