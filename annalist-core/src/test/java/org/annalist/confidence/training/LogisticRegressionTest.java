package org.annalist.confidence.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.confidence.EventFeatures;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    private static LogisticRegression.Example example(boolean positive, String... features) {
        return new LogisticRegression.Example(List.of(features), positive);
    }

    /** Feature "a": right 3 times in 4 when present, 1 in 4 when absent. */
    private static List<LogisticRegression.Example> threeInFour() {
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            examples.add(example(true, "bias", "a"));
            examples.add(example(false, "bias"));
        }
        examples.add(example(false, "bias", "a"));
        examples.add(example(true, "bias"));
        return examples;
    }

    @Test
    void recoversTheLogOddsOfOneFeatureWhenBarelyRegularised() {
        Map<String, Double> weights = new LogisticRegression(10_000).fit(threeInFour());

        // without a feature: 1 right in 4, log-odds ln(1/3); with it 3 in 4, so the feature adds ln 3 - ln(1/3) = 2 ln 3
        assertThat(weights.get(EventFeatures.BIAS)).isCloseTo(-Math.log(3), within(0.01));
        assertThat(weights.get("a")).isCloseTo(2 * Math.log(3), within(0.01));
        assertThat(LogisticRegression.probability(weights, List.of("bias", "a"))).isCloseTo(0.75, within(0.005));
        assertThat(LogisticRegression.probability(weights, List.of("bias"))).isCloseTo(0.25, within(0.005));
    }

    @Test
    void fitsTheRegularisedOptimumWithAnUnpenalisedIntercept() {
        List<LogisticRegression.Example> examples = List.of(
                example(true, "a"), example(true, "a", "b"), example(false, "b"), example(false, "a", "b"),
                example(false, "b"), example(false), example(true), example(true, "a"));
        double cost = 1;
        Map<String, Double> weights = new LogisticRegression(cost).fit(examples);

        // at the optimum of ½‖w‖² + C Σ log(1+exp(-y f)): w_j = C Σ y x_j σ(-y f) for each feature, Σ y σ(-y f) = 0 for the intercept
        double interceptGradient = 0;
        double aGradient = 0;
        double bGradient = 0;
        for (LogisticRegression.Example example : examples) {
            double y = example.positive() ? 1 : -1;
            double p = LogisticRegression.probability(weights, example.features());
            double residual = y * (example.positive() ? 1 - p : p);
            interceptGradient += residual;
            aGradient += example.features().contains("a") ? residual : 0;
            bGradient += example.features().contains("b") ? residual : 0;
        }
        assertThat(interceptGradient).isCloseTo(0, within(0.02));
        assertThat(weights.get("a")).isCloseTo(cost * aGradient, within(0.02));
        assertThat(weights.get("b")).isCloseTo(cost * bGradient, within(0.02));
        assertThat(weights.get("a")).isGreaterThan(0.3);
        assertThat(weights.get("b")).isLessThan(0);
    }

    @Test
    void keepsTheWeightOfAFeatureSeenOnceNearZero() {
        List<LogisticRegression.Example> examples = new ArrayList<>(threeInFour());
        examples.add(example(true, "bias", "rare"));

        double regularised = new LogisticRegression(0.2).fit(examples).get("rare");
        double loose = new LogisticRegression(100).fit(examples).get("rare");

        assertThat(regularised).isBetween(0.0, 0.3);
        assertThat(loose).isGreaterThan(2);
    }

    @Test
    void keepsWeightsFiniteWhenAFeatureSeparatesTheExamples() {
        List<LogisticRegression.Example> examples = List.of(example(true, "x"), example(true, "x"), example(false, "y"), example(false, "y"));

        Map<String, Double> weights = new LogisticRegression(1).fit(examples);

        assertThat(weights.values()).allMatch(Double::isFinite);
        assertThat(LogisticRegression.probability(weights, List.of("x"))).isGreaterThan(0.5);
        assertThat(LogisticRegression.probability(weights, List.of("y"))).isLessThan(0.5);
    }

    @Test
    void givesTheSameWeightsForTheSameExamples() {
        assertThat(new LogisticRegression(0.2).fit(threeInFour())).isEqualTo(new LogisticRegression(0.2).fit(threeInFour()));
    }

    @Test
    void refusesExamplesThatAreAllRight() {
        assertThatThrownBy(() -> new LogisticRegression(1).fit(List.of(example(true, "a"), example(true, "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive and negative");
    }

    @Test
    void refusesACostThatIsNotPositive() {
        assertThatThrownBy(() -> new LogisticRegression(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
