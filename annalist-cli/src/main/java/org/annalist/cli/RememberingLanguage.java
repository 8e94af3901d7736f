package org.annalist.cli;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.annalist.article.Article;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.LanguageAnnotator;

/**
 * A language layer that keeps each annotation it makes, by article id, so that {@code eval --errors}
 * can re-run the cheap later stages with their decision trace on a missed event's article without
 * annotating it twice. Safe for the batch's worker threads.
 */
final class RememberingLanguage implements LanguageAnnotator {

    private final LanguageAnnotator delegate;
    private final Map<String, AnnotatedDocument> documents = new ConcurrentHashMap<>();

    RememberingLanguage(LanguageAnnotator delegate) {
        this.delegate = delegate;
    }

    @Override
    public AnnotatedDocument annotate(Article article) {
        AnnotatedDocument document = delegate.annotate(article);
        documents.put(article.id(), document);
        return document;
    }

    /** The annotation of an article annotated earlier, handed over once (it is then forgotten). */
    Optional<AnnotatedDocument> take(String articleId) {
        return Optional.ofNullable(documents.remove(articleId));
    }

    /** Forgets every annotation not taken (after a gold file is reported). */
    void forget() {
        documents.clear();
    }

    @Override
    public String description() {
        return delegate.description();
    }
}
