package org.annalist.reranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.Entity;
import org.annalist.confidence.EventFeatures;
import org.annalist.events.Event;
import org.annalist.events.EventDerivation;
import org.annalist.events.EventParty;
import org.annalist.events.SourcePath;
import org.annalist.events.TriggerPath;
import org.annalist.events.TriggerRelations;

/**
 * Names the features of one recipient candidate of an event, as {@code group=value} names in the
 * manner of {@link org.annalist.confidence.EventFeatures}: none names a word or an article, only
 * the rule id. Most features are joined with the candidate's class ("rule", "none", "nearby"),
 * because the model ranks candidates of one event against each other and a feature all of them
 * share cannot move the ranking.
 */
public final class RecipientFeatures {

    /** Codes of bodies rather than states (docs/actors.md). */
    private static final Set<String> NON_STATE = Set.of("UNO", "NATO", "EUR", "IGO", "NGO", "IMG", "AFR", "ASN", "ARL", "OAS", "WHO");

    private final Map<String, Entity> entities = new HashMap<>();
    private final List<Event> events;
    private final List<String> countriesByProminence;

    /**
     * @param entities the article's entities
     * @param events the article's events in text order (for the previous event's parties)
     */
    public RecipientFeatures(List<Entity> entities, List<Event> events) {
        entities.forEach(entity -> this.entities.put(entity.id(), entity));
        this.events = List.copyOf(events);
        this.countriesByProminence = prominence(entities);
    }

    private static List<String> prominence(List<Entity> entities) {
        Map<String, Integer> mentions = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (Entity entity : entities) {
            if (entity.code() != null && !entity.mentions().isEmpty()) {
                mentions.merge(entity.code(), entity.mentions().size(), Integer::sum);
                first.merge(entity.code(), entity.mentions().get(0).start(), Math::min);
            }
        }
        List<String> ranked = new ArrayList<>(mentions.keySet());
        ranked.sort((a, b) -> mentions.get(a).equals(mentions.get(b)) ? Integer.compare(first.get(a), first.get(b))
                : Integer.compare(mentions.get(b), mentions.get(a)));
        return List.copyOf(ranked);
    }

    /** The features of one candidate of the event, each once, in a fixed order. */
    public List<String> of(Event event, RecipientCandidate candidate, int candidates) {
        Set<String> features = new LinkedHashSet<>();
        String kind = candidate.parties().isEmpty() ? "none" : candidate.ruleChoice() ? "rule" : "nearby";
        features.add("candidate=" + kind);
        EventDerivation derivation = event.provenance() == null ? null : event.provenance().derivation();
        String path = event.recipients().isEmpty() ? "none" : path(derivation == null ? null : derivation.recipientSource());
        String choice = candidate.ruleChoice() ? "rule" : kind;
        features.add("rule path and candidate=" + path + " | " + choice);
        features.add("type and candidate=" + event.event() + " | " + choice);
        features.add("rule and candidate=" + event.rule() + " | " + choice);
        features.add("candidates and candidate=" + (candidates >= 5 ? "5 or more" : String.valueOf(candidates)) + " | " + choice);
        if (!candidate.parties().isEmpty()) {
            parties(event, derivation, candidate, choice, features);
        }
        return List.copyOf(features);
    }

    private void parties(Event event, EventDerivation derivation, RecipientCandidate candidate, String choice, Set<String> features) {
        features.add("distance=" + (candidate.sentenceDistance() < 0 ? "unknown" : String.valueOf(candidate.sentenceDistance())) + " | " + choice);
        for (EventParty party : candidate.parties()) {
            Entity entity = party.entity() == null ? null : entities.get(party.entity());
            String type = entity == null ? "none" : String.valueOf(entity.type()).toLowerCase(Locale.ROOT);
            features.add("entity=" + type + " | " + choice);
            features.add("type and entity=" + event.event() + " | " + type);
            features.add("mention=" + EventFeatures.mentionKind(entity, party) + " | " + choice);
            features.add("body=" + (party.code() != null && NON_STATE.contains(party.code()) ? "non-state" : "state") + " | " + choice);
            features.add("sector=" + (party.sector() == null ? "unknown" : "known") + " | " + choice);
            int rank = party.code() == null ? -1 : countriesByProminence.indexOf(party.code());
            features.add("prominence=" + (rank == 0 ? "first" : rank == 1 ? "second" : rank < 0 ? "none" : "other") + " | " + choice);
            features.add("previous event=" + previousRole(event, party.code()) + " | " + choice);
            if (party.mention() != null && candidate.sentenceDistance() == 0) {
                int trigger = event.evidence().trigger().start();
                int gap = Math.abs(party.mention().start() - trigger);
                features.add("side=" + (party.mention().start() < trigger ? "before" : "after") + " | " + choice);
                features.add("characters=" + (gap < 20 ? "under 20" : gap < 60 ? "under 60" : gap < 120 ? "under 120" : "120 or more") + " | " + choice);
                TriggerRelations relations = derivation == null ? null : derivation.relations();
                if (relations != null) {
                    Optional<TriggerPath> path = relations.pathTo(party.mention());
                    features.add("relation=" + path.map(found -> found.shape().label()).orElse("none") + " | " + choice);
                    path.filter(found -> found.shape() == TriggerPath.Shape.ONE_DOWN)
                            .ifPresent(found -> features.add("relation arc=" + found.firstRelation() + " | " + choice));
                }
            }
        }
        if (candidate.parties().size() > 1) {
            features.add("parties=several | " + choice);
        }
    }

    /** Whether the code was the actor or the recipient of the last event before this one, in an earlier or the same sentence. */
    private String previousRole(Event event, String code) {
        Event previous = null;
        for (Event other : events) {
            if (other == event || other.id().equals(event.id())) {
                break;
            }
            previous = other;
        }
        if (previous == null || code == null) {
            return "no previous";
        }
        if (previous.actors().stream().map(EventParty::code).anyMatch(code::equals)) {
            return "actor";
        }
        if (previous.recipients().stream().map(EventParty::code).filter(Objects::nonNull).anyMatch(code::equals)) {
            return "recipient";
        }
        return "neither";
    }

    static String path(String source) {
        return SourcePath.of(source);
    }
}
