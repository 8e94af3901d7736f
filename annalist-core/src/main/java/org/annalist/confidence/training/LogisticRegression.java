package org.annalist.confidence.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.annalist.confidence.EventFeatures;

/**
 * Binary logistic regression over named yes/no features, fitted by LIBLINEAR's trust-region
 * Newton solver for L2-regularised logistic regression (solver L2R_LR): it minimises
 * {@code ½‖w‖² + C·Σ log(1 + exp(−y·(w·x + b)))} with the intercept b ({@link EventFeatures#BIAS})
 * left unregularised. The regularisation keeps the weight of a feature seen on a handful of
 * events (a rare rule) near zero, and keeps weights finite when a feature separates the data.
 * The solver is deterministic: the same examples give the same weights.
 */
public final class LogisticRegression {

    /**
     * One training event.
     *
     * @param features the names of the features it has ({@link EventFeatures#BIAS} among them or not: the intercept is always fitted)
     * @param positive whether it is right (matched to a gold event)
     */
    public record Example(List<String> features, boolean positive) {

        public Example {
            features = List.copyOf(features);
        }
    }

    /** The solver's stopping tolerance (LIBLINEAR's default for this solver). */
    private static final double TOLERANCE = 0.01;

    private final double cost;

    /** @param cost LIBLINEAR's C: the weight of the data against the L2 penalty (larger: less regularisation) */
    public LogisticRegression(double cost) {
        if (!(cost > 0) || !Double.isFinite(cost)) {
            throw new IllegalArgumentException("the cost C must be a positive number: " + cost);
        }
        this.cost = cost;
    }

    /**
     * Fits the weights.
     *
     * @return a weight for every feature named in the examples and for {@link EventFeatures#BIAS}, by feature name
     * @throws IllegalArgumentException when the examples are not of both kinds
     */
    public Map<String, Double> fit(List<Example> examples) {
        boolean anyPositive = examples.stream().anyMatch(Example::positive);
        boolean anyNegative = examples.stream().anyMatch(example -> !example.positive());
        if (!anyPositive || !anyNegative) {
            throw new IllegalArgumentException("logistic regression needs positive and negative examples (" + examples.size() + " given)");
        }
        List<String> names = new ArrayList<>(new TreeSet<>(examples.stream()
                .flatMap(example -> example.features().stream()).filter(name -> !name.equals(EventFeatures.BIAS)).toList()));
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i + 1);
        }
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = names.size() + 1;
        problem.bias = 1;
        problem.y = new double[examples.size()];
        problem.x = new Feature[examples.size()][];
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            problem.y[i] = example.positive() ? 1 : -1;
            int[] present = example.features().stream().filter(index::containsKey).mapToInt(index::get).sorted().distinct().toArray();
            Feature[] row = new Feature[present.length + 1];
            for (int j = 0; j < present.length; j++) {
                row[j] = new FeatureNode(present[j], 1);
            }
            row[present.length] = new FeatureNode(problem.n, problem.bias);
            problem.x[i] = row;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, cost, TOLERANCE);
        parameter.setRegularizeBias(false);
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, parameter);
        // LIBLINEAR's weights favour its first label; for -1/+1 it puts +1 first, but say so rather than assume
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] weights = model.getFeatureWeights();
        Map<String, Double> byName = new LinkedHashMap<>();
        byName.put(EventFeatures.BIAS, sign * weights[names.size()] * problem.bias);
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), sign * weights[i]);
        }
        return byName;
    }

    /** The logistic function of the summed weights of the features (unknown ones weigh nothing). */
    public static double probability(Map<String, Double> weights, List<String> features) {
        double sum = weights.getOrDefault(EventFeatures.BIAS, 0.0);
        for (String feature : features) {
            if (!feature.equals(EventFeatures.BIAS)) {
                sum += weights.getOrDefault(feature, 0.0);
            }
        }
        return 1 / (1 + Math.exp(-sum));
    }
}
