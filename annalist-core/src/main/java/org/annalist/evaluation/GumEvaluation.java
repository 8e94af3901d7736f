package org.annalist.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.ActorResolver;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.LanguageAnnotator;

/**
 * Runs several actor resolvers on the same GUM documents and scores each one's entity grouping,
 * so that a resolver's figures always come with a baseline's measured on identical annotations:
 * each document is annotated once and handed to every resolver.
 */
public final class GumEvaluation {

    private final LanguageAnnotator language;
    private final Map<String, ActorResolver> resolvers;

    /** @param resolvers the resolvers to compare, by the label the report gives them, in report order */
    public GumEvaluation(LanguageAnnotator language, Map<String, ActorResolver> resolvers) {
        this.language = language;
        this.resolvers = new LinkedHashMap<>(resolvers);
    }

    /**
     * Scores every resolver on every document; a document the language layer or a resolver fails
     * on is reported to {@code failures} and left out of every resolver's scores alike.
     */
    public Map<String, CoreferenceScorer> score(List<GumDocument> documents, Consumer<String> failures) {
        Map<String, CoreferenceScorer> scorers = new LinkedHashMap<>();
        resolvers.keySet().forEach(label -> scorers.put(label, new CoreferenceScorer()));
        for (GumDocument document : documents) {
            Map<String, ActorAnalysis> analyses = new LinkedHashMap<>();
            try {
                AnnotatedDocument annotated = language.annotate(document.article());
                resolvers.forEach((label, resolver) -> analyses.put(label, resolver.resolve(annotated)));
            } catch (RuntimeException e) {
                failures.accept(document.article().id() + ": " + e);
                continue;
            }
            analyses.forEach((label, analysis) -> scorers.get(label).add(document, analysis));
        }
        return scorers;
    }
}
