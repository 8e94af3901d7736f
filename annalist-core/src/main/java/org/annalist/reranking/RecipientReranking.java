package org.annalist.reranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.actors.Entity;
import org.annalist.events.Event;
import org.annalist.events.EventDerivation;
import org.annalist.events.ModelFile;
import org.annalist.events.Provenance;

/**
 * The recipient reranking stage, after the events and before the confidence: for each event it
 * scores the candidate recipients ({@link RecipientCandidates}) with the learnt model and replaces
 * the rules' recipient only when another candidate outscores it by more than the model's margin.
 * A replaced recipient's source says so ("reranked: …", with the rules' own path), so every event
 * still tells how its recipient was found, and every event it judged names the weights file and its
 * hash ({@code recipient_model}, {@code recipient_model_sha256}), kept or replaced. Stateless after construction and safe to share.
 */
public final class RecipientReranking {

    /** What a replaced recipient's source begins with. */
    public static final String REPLACED = "reranked: ";

    private final RecipientModel model;
    private final ModelFile modelFile;

    public RecipientReranking(RecipientModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.modelFile = new ModelFile(model.name(), model.sha256());
    }

    /** The article's events, in the same order, some with another recipient; events without provenance are left as they are. */
    public List<Event> rerank(List<Event> events, List<Entity> entities) {
        RecipientCandidates candidates = new RecipientCandidates(entities);
        RecipientFeatures features = new RecipientFeatures(entities, events);
        List<Event> result = new ArrayList<>(events.size());
        for (Event event : events) {
            result.add(event.provenance() == null || event.provenance().derivation() == null ? event
                    : rerank(event, candidates.of(event), features));
        }
        return result;
    }

    private Event rerank(Event event, List<RecipientCandidate> list, RecipientFeatures features) {
        double rule = model.score(features.of(event, list.get(0), list.size()));
        RecipientCandidate best = null;
        double bestScore = rule;
        for (RecipientCandidate candidate : list.subList(1, list.size())) {
            double score = model.score(features.of(event, candidate, list.size()));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        Provenance provenance = event.provenance();
        EventDerivation derivation = provenance.derivation();
        if (best == null || bestScore - rule <= model.margin()) {
            return event.withProvenance(provenance.withRecipientReranking(derivation, modelFile));
        }
        String was = derivation.recipientSource() == null ? "none" : derivation.recipientSource();
        EventDerivation reranked = derivation.withRecipientSource(REPLACED + describe(best) + " (rules: " + was + ")");
        return new Event(event.id(), event.date(), event.event(), event.mode(), event.context(), event.actors(), best.parties(),
                event.location(), event.quadCode(), event.scale(), event.cameo(), event.goldstein(), event.aux(), event.evidence(),
                event.rule(), provenance.withRecipientReranking(reranked, modelFile), event.datePrecision());
    }

    private static String describe(RecipientCandidate candidate) {
        if (candidate.parties().isEmpty()) {
            return "no recipient";
        }
        return candidate.sentenceDistance() == 0 ? "party of the same sentence"
                : "party of " + candidate.sentenceDistance() + " sentence" + (candidate.sentenceDistance() == 1 ? "" : "s") + " before";
    }

    public RecipientModel model() {
        return model;
    }
}
