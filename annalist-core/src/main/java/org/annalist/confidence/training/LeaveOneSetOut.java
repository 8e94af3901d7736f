package org.annalist.confidence.training;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.annalist.evaluation.Counts;
import org.annalist.evaluation.EventScorer;
import org.annalist.events.Event;

/**
 * Leave-one-gold-set-out cross-validation of the confidence model, and of a filter that drops
 * the events below a confidence threshold. Each gold set is held out in turn: the model is fitted
 * on the other sets, and the threshold for the held-out set is chosen on the other sets alone —
 * from their own out-of-set estimates (an inner leave-one-set-out over them), so neither the
 * weights nor the threshold have seen the held-out set. Held-out F1 is rescored with the
 * evaluation's matching after filtering, not inferred from the labels, because dropping a matched
 * event can free its gold event for another.
 *
 * <p>Sets rather than random articles are held out because that is the question that matters:
 * does a model learnt on some sources carry over to copy it has not seen?
 */
public final class LeaveOneSetOut {

    /** The thresholds tried, from 0 (no filter) up: a filter above 0.6 would drop most right events. */
    static final List<Double> THRESHOLDS = java.util.stream.IntStream.rangeClosed(0, 12).mapToObj(step -> step * 0.05).toList();

    /**
     * One held-out set.
     *
     * @param set the set's name
     * @param unfiltered its events scored without a filter
     * @param threshold the threshold chosen on the other sets
     * @param filtered its events scored after dropping those below the threshold
     */
    public record Fold(String set, Counts unfiltered, double threshold, Counts filtered) {}

    /**
     * The held-out estimates of a confidence band.
     *
     * @param from the band's lower bound (inclusive)
     * @param to its upper bound (exclusive, inclusive for the last)
     * @param events held-out events whose estimate fell in it
     * @param meanEstimate their mean estimate
     * @param precision the share of them matched to gold
     */
    public record Band(double from, double to, int events, double meanEstimate, double precision) {}

    /**
     * The whole cross-validation.
     *
     * @param folds one per gold set
     * @param bands calibration of the held-out estimates
     * @param threshold the threshold chosen on all held-out estimates together (the candidate default)
     * @param logLoss mean negative log-likelihood of the held-out labels under the held-out estimates
     * @param baselineLogLoss the same for a constant estimate, the training sets' share of right events
     */
    public record Report(List<Fold> folds, List<Band> bands, double threshold, double logLoss, double baselineLogLoss) {}

    private final ConfidenceTrainer trainer;

    public LeaveOneSetOut(ConfidenceTrainer trainer) {
        this.trainer = trainer;
    }

    public Report run(List<TrainingArticle> articles) {
        List<String> sets = sets(articles);
        if (sets.size() < 3) {
            throw new IllegalArgumentException("leave-one-set-out needs at least three gold sets (an inner split for the threshold); got " + sets);
        }
        Map<TrainingArticle, double[]> heldOut = new IdentityHashMap<>();
        Map<TrainingArticle, Double> baseline = new IdentityHashMap<>();
        List<Fold> folds = new ArrayList<>();
        for (String set : sets) {
            List<TrainingArticle> test = ofSet(articles, set, true);
            List<TrainingArticle> training = ofSet(articles, set, false);
            double threshold = best(estimates(training), training);
            Map<String, Double> weights = trainer.fit(training);
            double share = positiveShare(training);
            for (TrainingArticle article : test) {
                heldOut.put(article, estimate(weights, article));
                baseline.put(article, share);
            }
            folds.add(new Fold(set, score(test, heldOut, 0), threshold, score(test, heldOut, threshold)));
        }
        return new Report(folds, bands(articles, heldOut), best(heldOut, articles), logLoss(articles, heldOut, null),
                logLoss(articles, heldOut, baseline));
    }

    /** Out-of-set estimates for every article of these sets: each set's events estimated by a model fitted on the others. */
    Map<TrainingArticle, double[]> estimates(List<TrainingArticle> articles) {
        Map<TrainingArticle, double[]> estimates = new IdentityHashMap<>();
        for (String set : sets(articles)) {
            Map<String, Double> weights = trainer.fit(ofSet(articles, set, false));
            for (TrainingArticle article : ofSet(articles, set, true)) {
                estimates.put(article, estimate(weights, article));
            }
        }
        return estimates;
    }

    /** The threshold with the highest F1 over these articles (pooled counts); the lowest of equals, so 0 unless filtering helps. */
    static double best(Map<TrainingArticle, double[]> estimates, List<TrainingArticle> articles) {
        double bestThreshold = 0;
        double bestF1 = -1;
        for (double threshold : THRESHOLDS) {
            double f1 = score(articles, estimates, threshold).f1();
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                bestThreshold = threshold;
            }
        }
        return bestThreshold;
    }

    /** Pooled counts after dropping events estimated below the threshold, rescored with the evaluation's matching. */
    static Counts score(List<TrainingArticle> articles, Map<TrainingArticle, double[]> estimates, double threshold) {
        Counts total = Counts.ZERO;
        for (TrainingArticle article : articles) {
            double[] estimate = estimates.get(article);
            List<Event> kept = new ArrayList<>();
            for (int i = 0; i < article.events().size(); i++) {
                if (estimate[i] >= threshold) {
                    kept.add(article.events().get(i));
                }
            }
            boolean[] matched = EventScorer.matchedEvents(article.gold(), kept, article.asGoldCode());
            int found = 0;
            for (boolean match : matched) {
                found += match ? 1 : 0;
            }
            total = total.plus(new Counts(found, kept.size() - found, article.gold().size() - found));
        }
        return total;
    }

    private static double[] estimate(Map<String, Double> weights, TrainingArticle article) {
        return article.features().stream().mapToDouble(features -> LogisticRegression.probability(weights, features)).toArray();
    }

    private static List<Band> bands(List<TrainingArticle> articles, Map<TrainingArticle, double[]> estimates) {
        List<Band> bands = new ArrayList<>();
        for (int band = 0; band < 5; band++) {
            double from = band * 0.2;
            double to = from + 0.2;
            int events = 0;
            int right = 0;
            double sum = 0;
            for (TrainingArticle article : articles) {
                boolean[] labels = article.labels();
                double[] estimate = estimates.get(article);
                for (int i = 0; i < labels.length; i++) {
                    if (estimate[i] >= from && (estimate[i] < to || band == 4)) {
                        events++;
                        right += labels[i] ? 1 : 0;
                        sum += estimate[i];
                    }
                }
            }
            bands.add(new Band(from, to, events, events == 0 ? 0 : sum / events, events == 0 ? 0 : (double) right / events));
        }
        return bands;
    }

    private static double logLoss(List<TrainingArticle> articles, Map<TrainingArticle, double[]> estimates,
            Map<TrainingArticle, Double> constant) {
        double loss = 0;
        int events = 0;
        for (TrainingArticle article : articles) {
            boolean[] labels = article.labels();
            for (int i = 0; i < labels.length; i++) {
                double p = constant == null ? estimates.get(article)[i] : constant.get(article);
                p = Math.min(1 - 1e-9, Math.max(1e-9, p));
                loss -= labels[i] ? Math.log(p) : Math.log(1 - p);
                events++;
            }
        }
        return events == 0 ? 0 : loss / events;
    }

    private static double positiveShare(List<TrainingArticle> articles) {
        int events = 0;
        int right = 0;
        for (TrainingArticle article : articles) {
            for (boolean label : article.labels()) {
                events++;
                right += label ? 1 : 0;
            }
        }
        return events == 0 ? 0 : (double) right / events;
    }

    static List<String> sets(List<TrainingArticle> articles) {
        return List.copyOf(new LinkedHashSet<>(articles.stream().map(TrainingArticle::set).toList()));
    }

    static List<TrainingArticle> ofSet(List<TrainingArticle> articles, String set, boolean inSet) {
        return articles.stream().filter(article -> article.set().equals(set) == inSet).toList();
    }
}
