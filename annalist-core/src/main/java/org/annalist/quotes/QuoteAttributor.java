package org.annalist.quotes;

import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.language.AnnotatedDocument;

/**
 * The quotes stage. Needs: the annotated document and its actors. Gives: direct and indirect
 * quotations in text order, each with its speaker where the text says who it is.
 */
@FunctionalInterface
public interface QuoteAttributor {

    List<Quote> attribute(AnnotatedDocument document, ActorAnalysis actors);
}
