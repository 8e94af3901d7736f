package org.annalist.reranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.events.Event;
import org.annalist.events.EventParty;
import org.annalist.events.Span;

/**
 * The recipients an event could have: the rules' choice first, then no recipient (when the rules
 * chose one), then each coded country or body mentioned in the event's sentence or in the two
 * before it, other than the actor's own codes and the rules' choice, nearest first.
 */
public final class RecipientCandidates {

    /** How many sentences before the event's own a party may be mentioned. */
    static final int SENTENCES_BEFORE = 2;

    private final List<Entity> entities;

    /** @param entities the article's entities */
    public RecipientCandidates(List<Entity> entities) {
        this.entities = List.copyOf(entities);
    }

    public List<RecipientCandidate> of(Event event) {
        int sentence = event.evidence().sentenceIndex();
        int trigger = event.evidence().trigger().start();
        List<RecipientCandidate> candidates = new ArrayList<>();
        RecipientCandidate rule = new RecipientCandidate(RecipientCandidate.Kind.RULE, event.recipients(), null,
                ruleDistance(event, sentence), true);
        candidates.add(rule);
        if (!event.recipients().isEmpty()) {
            candidates.add(new RecipientCandidate(RecipientCandidate.Kind.NONE, List.of(), null, -1, false));
        }
        Set<String> actorCodes = event.actors().stream().map(EventParty::code).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Nearest> byCode = new LinkedHashMap<>();
        for (Entity entity : entities) {
            if (entity.code() == null || actorCodes.contains(entity.code())) {
                continue;
            }
            for (Mention mention : entity.mentions()) {
                int distance = sentence - mention.sentenceIndex();
                if (distance < 0 || distance > SENTENCES_BEFORE) {
                    continue;
                }
                Nearest found = new Nearest(entity, mention, distance, Math.abs(mention.start() - trigger));
                byCode.merge(entity.code(), found, (a, b) -> b.closerThan(a) ? b : a);
            }
        }
        byCode.values().stream().sorted((a, b) -> a.closerThan(b) ? -1 : b.closerThan(a) ? 1 : 0).forEach(nearest -> {
            if (!Set.of(nearest.entity().code()).equals(rule.codes())) {
                Entity entity = nearest.entity();
                Mention mention = nearest.mention();
                EventParty party = new EventParty(entity.id(), entity.name(), entity.code(), entity.sector(),
                        new Span(mention.start(), mention.end(), mention.text()));
                candidates.add(new RecipientCandidate(RecipientCandidate.Kind.NEARBY, List.of(party), entity.id(), nearest.distance(), false));
            }
        });
        return candidates;
    }

    /** How many sentences before the event's the rules' recipient is mentioned, or -1 (none, or not one of its entity's mentions). */
    private int ruleDistance(Event event, int sentence) {
        int best = -1;
        for (EventParty party : event.recipients()) {
            if (party.mention() == null) {
                continue;
            }
            for (Entity entity : entities) {
                for (Mention mention : entity.mentions()) {
                    if (mention.start() < party.mention().end() && party.mention().start() < mention.end()) {
                        int distance = Math.max(0, sentence - mention.sentenceIndex());
                        best = best < 0 ? distance : Math.min(best, distance);
                    }
                }
            }
        }
        return best;
    }

    private record Nearest(Entity entity, Mention mention, int distance, int characters) {

        boolean closerThan(Nearest other) {
            return distance != other.distance ? distance < other.distance : characters < other.characters;
        }
    }
}
