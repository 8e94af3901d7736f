package org.annalist.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.annalist.actors.ActorAnalysis;
import org.annalist.evaluation.GoldArticle;
import org.annalist.evaluation.GoldSet;
import org.annalist.evaluation.MissedEventExplainer;
import org.annalist.events.CodingResult;
import org.annalist.events.Event;
import org.annalist.events.patterns.EventPattern;
import org.annalist.language.AnnotatedDocument;
import org.annalist.pipeline.CodedArticle;
import org.annalist.pipeline.PipelineFactory;

/**
 * For {@code eval --errors}: says why each missed gold event of one gold file was missed, by
 * re-running the stages after the language layer on its article with the coder's decision trace
 * (what {@code annalist explain} prints) and handing that to {@link MissedEventExplainer}; and
 * counts the misses per diagnosis.
 */
final class MissedEventDiagnoses {

    private final PipelineFactory.Stages stages;
    private final RememberingLanguage annotations;
    private final GoldSet gold;
    private final Map<String, CodedArticle> coded;
    private final double minimumConfidence;
    private final Map<String, Optional<MissedEventExplainer>> explainers = new HashMap<>();
    private final Map<String, Integer> tally = new TreeMap<>();

    /**
     * @param coded the articles as coded, with every event's confidence (withheld events included)
     * @param minimumConfidence the reporting minimum: a missed event coded below it is diagnosed as withheld
     */
    MissedEventDiagnoses(PipelineFactory.Stages stages, RememberingLanguage annotations, GoldSet gold,
            Map<String, CodedArticle> coded, double minimumConfidence) {
        this.stages = stages;
        this.annotations = annotations;
        this.gold = gold;
        this.coded = coded;
        this.minimumConfidence = minimumConfidence;
    }

    /** The diagnosis of a missed gold event of the article, as one line, counted in {@link #tally()}. */
    String explain(String articleId, GoldArticle.Event missed) {
        MissedEventExplainer.Diagnosis diagnosis = explainers.computeIfAbsent(articleId, this::explainer)
                .map(explainer -> explainer.explain(missed))
                .orElse(new MissedEventExplainer.Diagnosis(MissedEventExplainer.Kind.SENTENCE_NOT_FOUND,
                        "article not annotated", "article not annotated"));
        tally.merge(diagnosis.tally(), 1, Integer::sum);
        return diagnosis.line();
    }

    /** Misses per diagnosis ("rejected NO_CODED_ACTOR", "no trigger", ...). */
    Map<String, Integer> tally() {
        return tally;
    }

    private Optional<MissedEventExplainer> explainer(String articleId) {
        Optional<AnnotatedDocument> document = annotations.take(articleId);
        Optional<GoldArticle> article = gold.articles().stream().filter(a -> a.article().id().equals(articleId)).findFirst();
        if (document.isEmpty() || article.isEmpty()) {
            return Optional.empty();
        }
        ActorAnalysis actors = stages.actors().resolve(document.get());
        CodingResult rules = stages.events().codeWithDecisions(document.get(), actors,
                stages.quotes().attribute(document.get(), actors));
        CodingResult coding = new CodingResult(stages.recipients().rerank(rules.events(), actors.entities()), rules.decisions());
        List<Event> withheld = Optional.ofNullable(coded.get(articleId)).map(CodedArticle::events).orElse(List.of()).stream()
                .filter(event -> !event.reportedAt(minimumConfidence)).toList();
        return Optional.of(new MissedEventExplainer(document.get(), coding, article.get().events(), gold::asGoldCode,
                rule -> stages.events().patterns().pattern(rule).map(EventPattern::event), withheld, minimumConfidence));
    }
}
