package org.annalist.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.actors.Entity;
import org.annalist.events.Event;
import org.annalist.events.EventConfidence;
import org.annalist.quotes.Quote;

/**
 * The confidence stage, after the events: gives every event the model's estimate that it is
 * right, in its provenance (with the weights file and its hash). It changes, adds and drops no
 * event; filtering by confidence is the caller's choice. Stateless after construction and safe
 * to share between threads.
 */
public final class ConfidenceScoring {

    /**
     * The confidence below which {@code annalist code} withholds an event from its output's
     * {@code events} (it goes to {@code withheld_events}), and eval scores only the events kept:
     * the threshold leave-one-gold-set-out cross-validation over the development gold sets chose
     * (on all held-out estimates together, and in 19 of the 26 folds with the sixteenth session's
     * final weights; docs/accuracy-confidence.md). A text constant, for the commands' option
     * defaults.
     */
    public static final String DEFAULT_MINIMUM = "0.40";

    private final ConfidenceModel model;

    public ConfidenceScoring(ConfidenceModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * The article's events, each with its confidence; events without provenance (built by hand) are left as they are.
     *
     * @param text the article text the events' offsets refer to
     */
    public List<Event> score(List<Event> events, List<Entity> entities, List<Quote> quotes, String text) {
        EventFeatures features = new EventFeatures(entities, quotes, events, text);
        List<Event> scored = new ArrayList<>(events.size());
        for (Event event : events) {
            if (event.provenance() == null) {
                scored.add(event);
                continue;
            }
            scored.add(event.withProvenance(event.provenance().withConfidence(estimate(features.of(event)))));
        }
        return scored;
    }

    /**
     * Why each event got its estimate, for {@code annalist explain}: per event (in the order
     * given), the features the model weighs, largest effect first.
     */
    public List<List<ConfidenceModel.Contribution>> contributions(List<Event> events, List<Entity> entities, List<Quote> quotes,
            String text) {
        EventFeatures features = new EventFeatures(entities, quotes, events, text);
        return events.stream().map(event -> model.contributions(features.of(event))).toList();
    }

    /** The estimate for an event with these features, rounded to three decimals (as written in the output). */
    public EventConfidence estimate(List<String> features) {
        double value = Math.round(model.probability(features) * 1000) / 1000.0;
        return new EventConfidence(value, model.name(), model.sha256());
    }

    public ConfidenceModel model() {
        return model;
    }
}
