package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.annalist.events.Event;

/**
 * How well the events' confidence estimates match how often they are right: per confidence band
 * (0.2 wide), the events whose estimate falls in it, their mean estimate and the share the
 * events F1's matching pairs with gold. A calibrated model's mean estimate and share agree.
 * Events without a confidence are counted apart.
 */
public final class ConfidenceCalibration {

    /** Number of bands of 0.2 from 0 to 1. */
    private static final int BANDS = 5;

    private final int[] events = new int[BANDS];
    private final int[] matched = new int[BANDS];
    private final double[] estimates = new double[BANDS];
    private int unscored;

    public void add(List<GoldArticle.Event> gold, List<Event> system, UnaryOperator<String> asGoldCode) {
        boolean[] labels = EventScorer.matchedEvents(gold, system, asGoldCode);
        for (int i = 0; i < system.size(); i++) {
            Event event = system.get(i);
            if (event.confidence() == null) {
                unscored++;
                continue;
            }
            double value = event.confidence();
            int band = Math.min(BANDS - 1, (int) Math.floor(value * BANDS));
            events[band]++;
            matched[band] += labels[i] ? 1 : 0;
            estimates[band] += value;
        }
    }

    /** Adds another tally (for the figure over several gold files). */
    public void add(ConfidenceCalibration other) {
        for (int band = 0; band < BANDS; band++) {
            events[band] += other.events[band];
            matched[band] += other.matched[band];
            estimates[band] += other.estimates[band];
        }
        unscored += other.unscored;
    }

    /** One line per band: "0.4-0.6  events 12  mean estimate 0.512  matched 7 (0.583)", then the unscored count when there are any. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            lines.add(String.format(Locale.ROOT, "%.1f-%.1f  events %4d  mean estimate %.3f  matched %4d (%.3f)", band / (double) BANDS,
                    (band + 1) / (double) BANDS, events[band], events[band] == 0 ? 0 : estimates[band] / events[band], matched[band],
                    events[band] == 0 ? 0 : (double) matched[band] / events[band]));
        }
        if (unscored > 0) {
            lines.add("without a confidence: " + unscored);
        }
        return lines;
    }
}
