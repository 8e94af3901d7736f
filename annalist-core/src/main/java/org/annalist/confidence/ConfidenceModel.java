package org.annalist.confidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.dictionary.DictionaryException;
import org.annalist.dictionary.TsvTable;

/**
 * The confidence model as data: one weight per feature, read from a TSV file with the columns
 * {@code feature}, {@code weight} and {@code events} (how many training events had the feature,
 * so a reader can tell a weight learnt from hundreds of events from one learnt from two). The
 * probability of an event is the logistic function of the sum of its features' weights; a
 * feature the file does not list weighs nothing, so an event of a rule added after training is
 * judged by everything else about it.
 *
 * <p>Loading checks every row and fails with the file and line: a feature named twice, a weight
 * that is not a finite number, a count that is not a whole number from 0, a file without the
 * {@link EventFeatures#BIAS} row.
 */
public final class ConfidenceModel {

    /** The bundled weights, under dictionaries/. */
    public static final String BUNDLED = "events/confidence-weights.tsv";

    private static final Set<String> COLUMNS = Set.of("feature", "weight", "events");

    /**
     * One row of the weights file.
     *
     * @param feature the feature name ({@link EventFeatures})
     * @param weight its log-odds weight
     * @param events how many training events had it
     */
    public record Weight(String feature, double weight, int events) {}

    /** How much one feature of an event moved its log-odds. */
    public record Contribution(String feature, double weight) {}

    private final String name;
    private final String sha256;
    private final Map<String, Weight> weights;

    private ConfidenceModel(String name, String sha256, Map<String, Weight> weights) {
        this.name = name;
        this.sha256 = sha256;
        this.weights = weights;
    }

    /** The bundled weights (dictionaries/events/confidence-weights.tsv). */
    public static ConfidenceModel bundled() {
        return of(TsvTable.bundled(BUNDLED, COLUMNS));
    }

    /** A user's weights file, e.g. one written by {@code annalist train-confidence --out}. */
    public static ConfidenceModel file(Path path) {
        return of(TsvTable.file(path, COLUMNS));
    }

    /** The model of a loaded table; every row is checked. */
    public static ConfidenceModel of(TsvTable table) {
        Map<String, Weight> weights = new LinkedHashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String feature = row.get("feature");
            if (feature.isEmpty()) {
                throw row.error("empty feature name");
            }
            double weight = row.number("weight");
            if (!Double.isFinite(weight)) {
                throw row.error("weight of \"" + feature + "\" is not a finite number: " + row.get("weight"));
            }
            int events;
            try {
                events = Integer.parseInt(row.get("events"));
            } catch (NumberFormatException e) {
                throw row.error("events of \"" + feature + "\" is not a whole number: \"" + row.get("events") + "\"");
            }
            if (events < 0) {
                throw row.error("events of \"" + feature + "\" is negative: " + events);
            }
            if (weights.putIfAbsent(feature, new Weight(feature, weight, events)) != null) {
                throw row.error("feature \"" + feature + "\" is listed twice");
            }
        }
        if (!weights.containsKey(EventFeatures.BIAS)) {
            throw new DictionaryException(table.name() + ": no \"" + EventFeatures.BIAS + "\" row (the weight every event starts from)");
        }
        return new ConfidenceModel(table.name(), table.sha256(), java.util.Collections.unmodifiableMap(weights));
    }

    /** A model built in memory (by training): named, with the hash of the file it will be written to, or of nothing. */
    public static ConfidenceModel of(String name, String sha256, List<Weight> weights) {
        Map<String, Weight> byFeature = new LinkedHashMap<>();
        for (Weight weight : weights) {
            if (byFeature.putIfAbsent(weight.feature(), weight) != null) {
                throw new IllegalArgumentException("feature \"" + weight.feature() + "\" given twice");
            }
        }
        if (!byFeature.containsKey(EventFeatures.BIAS)) {
            throw new IllegalArgumentException("no \"" + EventFeatures.BIAS + "\" weight");
        }
        return new ConfidenceModel(name, sha256, java.util.Collections.unmodifiableMap(byFeature));
    }

    /** The probability that an event with these features is right: the logistic function of their weights' sum. */
    public double probability(List<String> features) {
        double sum = 0;
        for (String feature : features) {
            Weight weight = weights.get(feature);
            if (weight != null) {
                sum += weight.weight();
            }
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /** The features that moved the estimate, largest effect first (ties by name), without those the model does not know. */
    public List<Contribution> contributions(List<String> features) {
        List<Contribution> contributions = new ArrayList<>();
        for (String feature : features) {
            Weight weight = weights.get(feature);
            if (weight != null && weight.weight() != 0) {
                contributions.add(new Contribution(feature, weight.weight()));
            }
        }
        contributions.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.weight())).thenComparing(Contribution::feature));
        return contributions;
    }

    /** Every weight, in file order. */
    public List<Weight> weights() {
        return List.copyOf(weights.values());
    }

    /** Where the weights came from ("events/confidence-weights.tsv" or a path). */
    public String name() {
        return name;
    }

    /** SHA-256 of the weights file's bytes. */
    public String sha256() {
        return sha256;
    }
}
