package org.annalist.reranking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.confidence.ConfidenceModel;
import org.annalist.dictionary.DictionaryException;
import org.annalist.dictionary.TsvTable;

/**
 * The recipient reranker as data: a weight per candidate feature ({@link RecipientFeatures}) and
 * the margin, in log-odds, by which another candidate must outscore the rules' choice to replace
 * it. Read from a TSV file with the columns of the confidence weights ({@code feature},
 * {@code weight}, {@code events}); the row named {@link #MARGIN} holds the margin.
 */
public final class RecipientModel {

    /** The bundled weights, under dictionaries/. */
    public static final String BUNDLED = "events/recipient-weights.tsv";

    /** The row that holds the margin rather than a feature's weight. */
    public static final String MARGIN = "margin";

    private final String name;
    private final String sha256;
    private final Map<String, Double> weights;
    private final double margin;

    private RecipientModel(String name, String sha256, Map<String, Double> weights, double margin) {
        this.name = name;
        this.sha256 = sha256;
        this.weights = Map.copyOf(weights);
        this.margin = margin;
    }

    /** The bundled weights (dictionaries/events/recipient-weights.tsv). */
    public static RecipientModel bundled() {
        return of(TsvTable.bundled(BUNDLED, Set.of("feature", "weight", "events")));
    }

    /** The model of a loaded table, checked as a confidence weights file is, plus a finite margin of 0 or more. */
    public static RecipientModel of(TsvTable table) {
        return of(table.name(), table.sha256(), ConfidenceModel.of(table).weights());
    }

    /** A model from weight rows (one of them the {@link #MARGIN}). */
    public static RecipientModel of(String name, String sha256, List<ConfidenceModel.Weight> rows) {
        Map<String, Double> weights = new HashMap<>();
        Double margin = null;
        for (ConfidenceModel.Weight row : rows) {
            if (row.feature().equals(MARGIN)) {
                margin = row.weight();
            } else {
                weights.put(row.feature(), row.weight());
            }
        }
        if (margin == null || margin < 0) {
            throw new DictionaryException(name + ": no \"" + MARGIN + "\" row of 0 or more (how far another candidate must outscore the rules' choice)");
        }
        return new RecipientModel(name, sha256, weights, margin);
    }

    /** The log-odds of a candidate with these features, without the intercept every candidate shares. */
    public double score(List<String> features) {
        double sum = 0;
        for (String feature : features) {
            sum += weights.getOrDefault(feature, 0.0);
        }
        return sum;
    }

    public double margin() {
        return margin;
    }

    public String name() {
        return name;
    }

    public String sha256() {
        return sha256;
    }
}
