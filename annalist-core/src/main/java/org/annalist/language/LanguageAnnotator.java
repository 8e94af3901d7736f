package org.annalist.language;

import org.annalist.article.Article;

/**
 * The language layer: tokens, sentences, parts of speech, lemmas, named entities, normalised
 * time expressions and dependency parses. Implementations must be safe to call from several
 * threads at once, since the pipeline shares one instance across its workers.
 */
public interface LanguageAnnotator {

    AnnotatedDocument annotate(Article article);

    /** A one-line description of the models and settings, recorded in provenance. */
    String description();
}
