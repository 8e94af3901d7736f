package org.annalist.confidence.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.confidence.ConfidenceModel;
import org.annalist.confidence.EventFeatures;

/**
 * Fits the confidence model on gold articles: labels from the evaluation's matching, weights
 * from {@link LogisticRegression}, and for each feature the number of training events that had it.
 */
public final class ConfidenceTrainer {

    private final LogisticRegression regression;

    public ConfidenceTrainer(LogisticRegression regression) {
        this.regression = regression;
    }

    /** The weights learnt from all the articles' events; bias first, then the features by name. */
    public List<ConfidenceModel.Weight> train(List<TrainingArticle> articles) {
        List<LogisticRegression.Example> examples = examples(articles);
        Map<String, Double> weights = regression.fit(examples);
        Map<String, Integer> counts = new TreeMap<>();
        for (LogisticRegression.Example example : examples) {
            example.features().stream().distinct().forEach(feature -> counts.merge(feature, 1, Integer::sum));
        }
        List<ConfidenceModel.Weight> rows = new ArrayList<>();
        rows.add(new ConfidenceModel.Weight(EventFeatures.BIAS, weights.get(EventFeatures.BIAS), examples.size()));
        new TreeMap<>(weights).forEach((feature, weight) -> {
            if (!feature.equals(EventFeatures.BIAS)) {
                rows.add(new ConfidenceModel.Weight(feature, weight, counts.getOrDefault(feature, 0)));
            }
        });
        return rows;
    }

    /** The weights as a map, for cross-validation (no counts needed). */
    Map<String, Double> fit(List<TrainingArticle> articles) {
        return regression.fit(examples(articles));
    }

    static List<LogisticRegression.Example> examples(List<TrainingArticle> articles) {
        List<LogisticRegression.Example> examples = new ArrayList<>();
        articles.forEach(article -> examples.addAll(article.examples()));
        return examples;
    }
}
