package org.annalist.actors;

import org.annalist.language.AnnotatedDocument;

/**
 * The actors stage. Needs: an annotated document. Gives: every entity of the article with its
 * mentions, country code and sector. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface ActorResolver {

    ActorAnalysis resolve(AnnotatedDocument document);
}
