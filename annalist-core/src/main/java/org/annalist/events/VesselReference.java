package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The party behind a ship named again without its flag: "Iran's navy seized a Marshall
 * Islands-flagged tanker … Iranian officials said they would release the ship", "detained a
 * Russian trawler …, accusing its crew of …", "would release the vessel once its owner posted a
 * bond". Maritime stories name the vessel's country once, with the first mention, and then say
 * "the ship", "the vessel", "its crew", "its owner"; the seizure, the release and the accusation
 * are all aimed at that country. A definite {@code vessel-noun}, or a {@code vessel-party-noun}
 * owned by "its", stands for the nearest earlier vessel noun (this sentence or up to
 * {@value #SENTENCES_BACK} before) whose own modifiers name a coded party, directly ("a Russian
 * trawler") or inside an ownership participle ("a Greek-owned tanker", {@link OwnerParticiple}).
 */
final class VesselReference {

    private static final int SENTENCES_BACK = 4;

    private static final Set<String> DEFINITE = Set.of("the", "this", "that");

    /** Owners by which a ship's people are the ship's: "its crew", "their owners". */
    private static final Set<String> OWNERS = Set.of("its", "their");

    /** Determiners by which a ship's people are those of the ship in the story: "the crew", "had not detained any crew". */
    private static final Set<String> PARTY_DETERMINERS = Set.of("the", "any");

    /** Modifiers by which a counted vessel noun is a fleet of its own ("two Panamanian tankers", "six boats from Basra"). */
    private static final Set<String> NEW_VESSEL_MODIFIERS = Set.of("amod", "compound", "nmod:poss", "nmod:from", "nmod:of");

    /** How a vessel noun names its country. */
    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss");

    private final List<Sentence> sentences;
    private final ActorAnalysis actors;
    private final WordLists words;
    private final RoleFillers roles;

    VesselReference(List<Sentence> sentences, ActorAnalysis actors, WordLists words, RoleFillers roles) {
        this.sentences = List.copyOf(sentences);
        this.actors = actors;
        this.words = words;
        this.roles = roles;
    }

    /**
     * The recipient when the role points at a ship named again ("release the ship") or at its
     * crew or owner ("accusing its crew"): asked after the phrase and back-reference rules, so that
     * "demanded the release of the trawler and its crew" keeps the captor the demand refers to; a
     * ship of the actor's own country is not its target.
     */
    PartyFinder.Filling recipient(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor) {
        Set<String> own = new java.util.HashSet<>();
        actor.parties().forEach(party -> own.add(party.code()));
        for (RoleSource source : match.pattern().recipient()) {
            for (int token : roles.fillers(graph, match, source)) {
                for (int member : RoleFillers.withConjuncts(graph, token)) {
                    List<EventParty> parties = of(graph, member).stream().filter(party -> !own.contains(party.code())).toList();
                    if (!parties.isEmpty()) {
                        return new PartyFinder.Filling(parties, "the ship named earlier (" + source + ")");
                    }
                }
            }
        }
        return PartyFinder.Filling.none();
    }

    /** The party of the vessel the noun refers back to, with the noun's span; empty when it is no such reference. */
    List<EventParty> of(SentenceGraph graph, int tokenIndex) {
        Token token = graph.token(tokenIndex);
        if (!token.isNoun() || actors.entityAt(token.start()).isPresent() || !refersToVessel(graph, tokenIndex, token)) {
            return List.of();
        }
        Span span = new Span(token.start(), token.end(), token.text());
        return EarlierWords.nearest(sentences, graph, tokenIndex, SENTENCES_BACK,
                        (earlier, candidate) -> isVesselNoun(earlier.token(candidate)) ? flagOf(earlier, candidate) : Optional.<Entity>empty())
                .map(entity -> List.of(new EventParty(entity.id(), entity.name(), entity.code(), entity.sector(), span)))
                .orElse(List.of());
    }

    /**
     * "the ship", "this vessel", "six boats" (counted, after the fleet was named with its flag);
     * "its crew", "their owners", "the crew", "any crew". A counted vessel noun with a modifier of
     * its own ("two Panamanian tankers", "six boats from Basra") is a new fleet, not a reference.
     */
    private boolean refersToVessel(SentenceGraph graph, int tokenIndex, Token token) {
        boolean vessel = isVesselNoun(token);
        boolean vesselParty = words.containsEither(ListName.VESSEL_PARTY_NOUN, lemma(token), token.text().toLowerCase(Locale.ROOT));
        boolean ownModifier = graph.basicDependents(tokenIndex).stream().anyMatch(arc -> NEW_VESSEL_MODIFIERS.contains(arc.relation()));
        for (Dependency arc : graph.basicDependents(tokenIndex)) {
            String dependent = graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT);
            if (vessel && (arc.relation().equals("det") && DEFINITE.contains(dependent) || arc.relation().equals("nummod") && !ownModifier)) {
                return true;
            }
            if (vesselParty && (arc.relation().equals("nmod:poss") && OWNERS.contains(dependent)
                    || arc.relation().equals("det") && PARTY_DETERMINERS.contains(dependent))) {
                return true;
            }
        }
        return false;
    }

    private boolean isVesselNoun(Token token) {
        return token.isNoun() && words.containsEither(ListName.VESSEL_NOUN, lemma(token), token.text().toLowerCase(Locale.ROOT));
    }

    /** The coded party a vessel noun's own modifiers name: "a Russian trawler", "a Panama-flagged ship". */
    private Optional<Entity> flagOf(SentenceGraph graph, int vessel) {
        for (Dependency arc : graph.basicDependents(vessel)) {
            if (!MODIFIERS.contains(arc.relation())) {
                continue;
            }
            Optional<Entity> entity = coded(graph.token(arc.dependent()));
            if (entity.isPresent()) {
                return entity;
            }
            for (int holder : OwnerParticiple.holders(graph, arc.dependent(), words)) {
                entity = coded(graph.token(holder));
                if (entity.isPresent()) {
                    return entity;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Entity> coded(Token token) {
        return actors.entityAt(token.start()).filter(entity -> entity.code() != null);
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
    }
}
