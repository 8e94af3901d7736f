package org.annalist.confidence.training;

import java.util.List;
import java.util.function.UnaryOperator;
import org.annalist.confidence.EventFeatures;
import org.annalist.evaluation.EventScorer;
import org.annalist.evaluation.GoldArticle;
import org.annalist.events.Event;
import org.annalist.pipeline.CodedArticle;

/**
 * One gold article as coded, ready to learn from: its gold events, the coder's events with their
 * features, and the gold set it belongs to (the unit cross-validation holds out).
 *
 * @param set the gold set's name (its file), the fold it falls in
 * @param gold the gold events
 * @param events the coded events
 * @param features each coded event's features, in the same order
 * @param asGoldCode how a system code reads in the gold set's conventions
 */
public record TrainingArticle(String set, List<GoldArticle.Event> gold, List<Event> events, List<List<String>> features,
        UnaryOperator<String> asGoldCode) {

    public TrainingArticle {
        gold = List.copyOf(gold);
        events = List.copyOf(events);
        features = features.stream().map(List::copyOf).toList();
        if (features.size() != events.size()) {
            throw new IllegalArgumentException(features.size() + " feature lists for " + events.size() + " events");
        }
    }

    /** A coded gold article with the features of its events. */
    public static TrainingArticle of(String set, List<GoldArticle.Event> gold, CodedArticle coded, UnaryOperator<String> asGoldCode) {
        EventFeatures features = new EventFeatures(coded.entities(), coded.quotes(), coded.events(), coded.article().text());
        return new TrainingArticle(set, gold, coded.events(), coded.events().stream().map(features::of).toList(), asGoldCode);
    }

    /** The same article without the features of these groups ("rule" drops every "rule=…"), for measuring what a group adds. */
    public TrainingArticle without(List<String> groups) {
        List<List<String>> kept = features.stream()
                .map(list -> list.stream().filter(feature -> !groups.contains(feature.split("=", 2)[0])).toList()).toList();
        return new TrainingArticle(set, gold, events, kept, asGoldCode);
    }

    /** Which events the evaluation's matching pairs with a gold event: the labels. */
    public boolean[] labels() {
        return EventScorer.matchedEvents(gold, events, asGoldCode);
    }

    /** The article's events as training examples. */
    public List<LogisticRegression.Example> examples() {
        boolean[] labels = labels();
        return java.util.stream.IntStream.range(0, events.size())
                .mapToObj(i -> new LogisticRegression.Example(features.get(i), labels[i])).toList();
    }
}
