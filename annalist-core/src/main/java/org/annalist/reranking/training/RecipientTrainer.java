package org.annalist.reranking.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.confidence.ConfidenceModel;
import org.annalist.confidence.EventFeatures;
import org.annalist.confidence.training.LogisticRegression;

/**
 * The recipient reranker's learning: every candidate of every training event is one example of a
 * binary logistic regression (right recipient or not), and an event's choice is the candidate with
 * the largest score, kept to the rules' choice unless another beats it by the margin.
 */
public final class RecipientTrainer {

    private RecipientTrainer() {}

    /**
     * The weights learnt from all the examples at this cost: bias first, then the features by name,
     * each with the number of candidates that had it, then the {@link org.annalist.reranking.RecipientModel#MARGIN} row.
     */
    public static List<ConfidenceModel.Weight> train(List<RecipientExample> examples, double cost, double margin) {
        List<LogisticRegression.Example> rows = rows(examples);
        Map<String, Double> weights = new LogisticRegression(cost).fit(rows);
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(row -> row.features().stream().distinct().forEach(feature -> counts.merge(feature, 1, Integer::sum)));
        List<ConfidenceModel.Weight> result = new ArrayList<>();
        result.add(new ConfidenceModel.Weight(EventFeatures.BIAS, weights.get(EventFeatures.BIAS), rows.size()));
        new TreeMap<>(weights).forEach((feature, weight) -> {
            if (!feature.equals(EventFeatures.BIAS)) {
                result.add(new ConfidenceModel.Weight(feature, weight, counts.getOrDefault(feature, 0)));
            }
        });
        result.add(new ConfidenceModel.Weight(org.annalist.reranking.RecipientModel.MARGIN, margin, examples.size()));
        return result;
    }

    static List<LogisticRegression.Example> rows(List<RecipientExample> examples) {
        List<LogisticRegression.Example> rows = new ArrayList<>();
        for (RecipientExample example : examples) {
            for (int i = 0; i < example.features().size(); i++) {
                rows.add(new LogisticRegression.Example(example.features().get(i), example.positive().get(i)));
            }
        }
        return rows;
    }

    /** The log-odds of a candidate with these features. */
    static double score(Map<String, Double> weights, List<String> features) {
        double sum = 0;
        for (String feature : features) {
            sum += weights.getOrDefault(feature, 0.0);
        }
        return sum;
    }

    /** The index of the chosen candidate: the best-scored one when it beats the first (the rules' choice) by more than the margin, else 0. */
    static int choose(List<List<String>> candidates, Map<String, Double> weights, double margin) {
        double rule = score(weights, candidates.get(0));
        int best = 0;
        double bestScore = rule;
        for (int i = 1; i < candidates.size(); i++) {
            double score = score(weights, candidates.get(i));
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best != 0 && bestScore - rule > margin ? best : 0;
    }
}
