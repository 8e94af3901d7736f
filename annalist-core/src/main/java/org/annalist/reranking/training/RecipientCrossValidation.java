package org.annalist.reranking.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.annalist.confidence.training.LogisticRegression;

/**
 * Leave-one-gold-set-out cross-validation of the recipient reranker: for each held-out set, the
 * cost C and the margin by which the model must prefer another candidate over the rules' choice
 * are chosen by an inner leave-one-set-out over the other sets, the model is fitted on the other
 * sets, and the held-out events are counted: recipients fixed (the rules' wrong, the model's right)
 * and broken (the rules' right, the model's wrong).
 */
public final class RecipientCrossValidation {

    /** The costs tried. */
    public static final List<Double> COSTS = List.of(0.3, 1.0, 3.0);

    /** The margins tried (log-odds); the last keeps every rule choice. */
    public static final List<Double> MARGINS = List.of(0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, Double.POSITIVE_INFINITY);

    /** How much more a broken recipient counts than a fixed one when the cost and margin are chosen: favour precision. */
    public static final double BROKEN_WEIGHT = 1.5;

    /** One held-out set's outcome. */
    public record Fold(String set, double cost, double margin, int events, int ruleRight, int fixed, int broken, int changed) {}

    /** What replacing with a margin does to a list of events. */
    public record Tally(int events, int ruleRight, int fixed, int broken, int changed) {

        /** Fixed minus broken, a broken recipient weighing {@link #BROKEN_WEIGHT}: breaking a right recipient costs a true event the rules had. */
        double gain() {
            return fixed - BROKEN_WEIGHT * broken;
        }

        Tally plus(Tally other) {
            return new Tally(events + other.events, ruleRight + other.ruleRight, fixed + other.fixed, broken + other.broken,
                    changed + other.changed);
        }
    }

    public List<Fold> run(List<RecipientExample> examples) {
        List<String> sets = new ArrayList<>(new LinkedHashSet<>(examples.stream().map(RecipientExample::set).toList()));
        List<Fold> folds = new ArrayList<>();
        for (String set : sets) {
            List<RecipientExample> training = examples.stream().filter(example -> !example.set().equals(set)).toList();
            List<RecipientExample> test = examples.stream().filter(example -> example.set().equals(set)).toList();
            double[] chosen = choose(training);
            Map<String, Double> weights = new LogisticRegression(chosen[0]).fit(RecipientTrainer.rows(training));
            Tally tally = tally(test, weights, chosen[1]);
            folds.add(new Fold(set, chosen[0], chosen[1], tally.events(), tally.ruleRight(), tally.fixed(), tally.broken(), tally.changed()));
        }
        return folds;
    }

    /** Per margin ({@link #MARGINS}), what plain leave-one-set-out at this cost does to all the held-out events together: the trade-off curve. */
    public List<Tally> byMargin(List<RecipientExample> examples, double cost) {
        List<String> sets = new ArrayList<>(new LinkedHashSet<>(examples.stream().map(RecipientExample::set).toList()));
        List<Tally> tallies = new ArrayList<>();
        MARGINS.forEach(margin -> tallies.add(new Tally(0, 0, 0, 0, 0)));
        for (String set : sets) {
            List<RecipientExample> training = examples.stream().filter(example -> !example.set().equals(set)).toList();
            List<RecipientExample> test = examples.stream().filter(example -> example.set().equals(set)).toList();
            Map<String, Double> weights = new LogisticRegression(cost).fit(RecipientTrainer.rows(training));
            for (int m = 0; m < MARGINS.size(); m++) {
                tallies.set(m, tallies.get(m).plus(tally(test, weights, MARGINS.get(m))));
            }
        }
        return tallies;
    }

    /**
     * The cost and margin with the largest gain (fixed minus {@link #BROKEN_WEIGHT} times broken) over an inner
     * leave-one-set-out (ties: the larger margin, the smaller cost).
     */
    public double[] choose(List<RecipientExample> examples) {
        List<String> sets = new ArrayList<>(new LinkedHashSet<>(examples.stream().map(RecipientExample::set).toList()));
        double[] best = {COSTS.get(0), Double.POSITIVE_INFINITY};
        double bestGain = 0;
        for (double cost : COSTS) {
            double[] gain = new double[MARGINS.size()];
            for (String set : sets) {
                List<RecipientExample> training = examples.stream().filter(example -> !example.set().equals(set)).toList();
                List<RecipientExample> test = examples.stream().filter(example -> example.set().equals(set)).toList();
                Map<String, Double> weights = new LogisticRegression(cost).fit(RecipientTrainer.rows(training));
                for (int m = 0; m < MARGINS.size(); m++) {
                    gain[m] += tally(test, weights, MARGINS.get(m)).gain();
                }
            }
            for (int m = 0; m < MARGINS.size(); m++) {
                if (gain[m] > bestGain || gain[m] == bestGain && MARGINS.get(m) > best[1]) {
                    bestGain = gain[m];
                    best = new double[] {cost, MARGINS.get(m)};
                }
            }
        }
        return best;
    }

    public static Tally tally(List<RecipientExample> examples, Map<String, Double> weights, double margin) {
        int ruleRight = 0;
        int fixed = 0;
        int broken = 0;
        int changed = 0;
        for (RecipientExample example : examples) {
            int choice = RecipientTrainer.choose(example.features(), weights, margin);
            boolean right = example.positive().get(choice);
            ruleRight += example.ruleRight() ? 1 : 0;
            changed += choice != 0 ? 1 : 0;
            fixed += !example.ruleRight() && right ? 1 : 0;
            broken += example.ruleRight() && !right ? 1 : 0;
        }
        return new Tally(examples.size(), ruleRight, fixed, broken, changed);
    }
}
