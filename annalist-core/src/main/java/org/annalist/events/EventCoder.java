package org.annalist.events;

import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.language.AnnotatedDocument;
import org.annalist.quotes.Quote;

/**
 * The event stage. Needs: the annotated document, its actors and its quotes (events reported
 * inside a quote are attributed to the quote's speaker). Gives: events in text order.
 */
@FunctionalInterface
public interface EventCoder {

    List<Event> code(AnnotatedDocument document, ActorAnalysis actors, List<Quote> quotes);
}
