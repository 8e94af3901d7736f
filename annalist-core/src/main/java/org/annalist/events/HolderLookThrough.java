package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The party an uncoded noun names through its dependents: its possessor, modifiers or
 * "of/in/from/at" phrase ("officials from Iran", "Iranian troops", "judges at the ICC"), the
 * holder inside an owning participle ("a Greek-owned tanker"), or the pair its phrase refers to
 * ("officials of both countries"). Counterpart nouns turn the reading round ("his Iranian
 * counterpart": the owner is the other side) and mouthpiece nouns also look through "for" ("a
 * spokesperson for the embassy"); a noun with a person or body in apposition is that one ("an army
 * delegate, Brig. Gen. Omar Hamid,"). Split out of {@link PartyFinder} because this is the one place
 * that reads a noun's dependents for the party behind it, with its own exceptions.
 */
final class HolderLookThrough {

    /** Where a counterpart noun names its holder: "his counterpart, Mohammad Ashtiani". */
    private static final List<String> COUNTERPART_NAME = List.of("appos", "dep", "flat");

    /** The links of a chain of "of" phrases ({@link #throughOfChain}). */
    private static final List<String> OF_LINKS = List.of("nmod:of", "obl:of");

    /** How many "of" links {@link #throughOfChain} follows. */
    private static final int OF_CHAIN_DEPTH = 3;

    private final ActorAnalysis actors;
    private final WordLists words;
    private final ReciprocalParties pairs;

    HolderLookThrough(ActorAnalysis actors, WordLists words, ReciprocalParties pairs) {
        this.actors = actors;
        this.words = words;
        this.pairs = pairs;
    }

    /**
     * The parties the noun names through its first dependent that names any, with the coded
     * conjuncts of that dependent ("officials from Iran and Iraq"); empty if none does.
     *
     * @param direct the entity whose mention covers the noun itself, if any
     * @param subjectRole whether the noun fills a doer's role ({@link #placeOfAThing})
     * @param counterpart whether the noun is a counterpart noun ("his counterpart")
     */
    List<EventParty> parties(SentenceGraph graph, int tokenIndex, Optional<Entity> direct, boolean subjectRole, boolean counterpart) {
        Token token = graph.token(tokenIndex);
        boolean mouthpiece = words.containsEither(ListName.MOUTHPIECE_NOUN, token.lemma().toLowerCase(java.util.Locale.ROOT),
                token.text().toLowerCase(java.util.Locale.ROOT));
        for (Dependency arc : graph.dependents(tokenIndex)) {
            // "his Iranian counterpart": the owner is the other side, the modifier or the name is this one;
            // "a spokesperson for the embassy": the body after "for" is the one acting
            boolean lookThrough = counterpart
                    ? !arc.relation().equals("nmod:poss") && (PartyFinder.LOOK_THROUGH.contains(arc.relation()) || COUNTERPART_NAME.contains(arc.relation()))
                    : PartyFinder.LOOK_THROUGH.contains(arc.relation()) || mouthpiece && arc.relation().equals("nmod:for");
            // "An army delegate, Brig. Gen. Omar Hamid, accused …": the person or body named beside the noun is who it is
            boolean appositive = !counterpart && arc.relation().equals("appos");
            if (lookThrough || appositive) {
                Token inner = graph.token(arc.dependent());
                Optional<Entity> entity = actors.entityAt(inner.start());
                if (appositive && !entity.map(HolderLookThrough::namesAParty).orElse(false)) {
                    continue;
                }
                if (isVenue(token, arc, entity)) {
                    // "offered to host talks in Kuala Lumpur": the city is where the talks are held, not whose they are
                    continue;
                }
                if (entity.isPresent() && entity.get().code() != null && !(subjectRole && placeOfAThing(token, direct, arc, entity.get()))) {
                    List<EventParty> parties = new ArrayList<>();
                    parties.add(PartyFinder.party(entity.get(), inner));
                    // "his Turkish and Syrian counterparts", "French, German and British negotiators"
                    for (Dependency conjunct : graph.dependents(arc.dependent())) {
                        if (!conjunct.baseRelation().equals("conj")) {
                            continue;
                        }
                        Token other = graph.token(conjunct.dependent());
                        actors.entityAt(other.start())
                                .filter(otherEntity -> otherEntity.code() != null && parties.stream().noneMatch(party -> otherEntity.id().equals(party.entity())))
                                .ifPresent(otherEntity -> parties.add(PartyFinder.party(otherEntity, other)));
                    }
                    return parties;
                }
                List<EventParty> reciprocalParties = pairs.of(graph, arc.dependent());
                if (!reciprocalParties.isEmpty()) {
                    return reciprocalParties;
                }
            }
            if (arc.relation().equals("amod")) {
                // "a Greek-owned tanker", "a Spanish-flagged trawler": the holder inside the participle
                for (int holder : OwnerParticiple.holders(graph, arc.dependent(), words)) {
                    Token inner = graph.token(holder);
                    Optional<Entity> entity = actors.entityAt(inner.start());
                    if (entity.isPresent() && entity.get().code() != null) {
                        return List.of(PartyFinder.party(entity.get(), inner));
                    }
                }
            }
        }
        return counterpart || !subjectRole ? List.of() : throughOfChain(graph, tokenIndex);
    }

    /**
     * The party named at the end of a chain of "of" phrases: "the directors general of military
     * operations of the two armies", "Heads of state of the Economic Community of West African
     * States". The first link is read above; this follows up to {@value #OF_CHAIN_DEPTH} links, also
     * through an adjective the parser hung the next link on ("general of"), and takes the first coded
     * entity or pair it meets. A link that names an entity of its own without a code ends the chain.
     * Only for doers: a target's chain is as often a place's ("the capital of the region of X").
     */
    private List<EventParty> throughOfChain(SentenceGraph graph, int tokenIndex) {
        List<Integer> level = List.of(tokenIndex);
        for (int depth = 0; depth < OF_CHAIN_DEPTH; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                for (Dependency arc : graph.dependents(node)) {
                    if (arc.relation().equals("amod") && depth == 0) {
                        next.addAll(graph.dependentsByRelation(arc.dependent(), "obl:of"));
                    } else if (OF_LINKS.contains(arc.relation())) {
                        next.add(arc.dependent());
                    }
                }
            }
            for (int link : next) {
                Token inner = graph.token(link);
                Optional<Entity> entity = actors.entityAt(inner.start());
                if (depth > 0 && entity.isPresent() && entity.get().code() != null) {
                    return List.of(PartyFinder.party(entity.get(), inner));
                }
                List<EventParty> pair = pairs.of(graph, link);
                if (!pair.isEmpty()) {
                    return pair;
                }
            }
            level = next.stream().filter(link -> actors.entityAt(graph.token(link).start()).isEmpty()).toList();
        }
        return List.of();
    }

    /** A person, body or country in apposition names the party; a place ("the city, Goma,") does not. */
    private static boolean namesAParty(Entity entity) {
        return switch (String.valueOf(entity.type())) {
            case "PERSON", "ORGANIZATION", "GROUP", "COUNTRY" -> true;
            default -> false;
        };
    }

    /**
     * Whether the dependent names where a gathering is held: a city or region (not a country, which
     * usually stands for its government) in the "in" or "at" phrase of a {@code venue-noun}
     * ({@link PhraseRecipient#isVenuePhrase}).
     */
    private boolean isVenue(Token noun, Dependency arc, Optional<Entity> inner) {
        return PhraseRecipient.isVenuePhrase(words, noun, arc) && inner.map(entity -> !"COUNTRY".equals(entity.type())).orElse(false);
    }

    /**
     * Whether the look-through would take the place where a thing is for the one who acted: "a
     * landmine in Sisaket province wounded two soldiers", "not everyone in Berlin backed the move"
     * name no one, and the province is only where it happened. A head the actors stage reads as a
     * party, or an office word ("a magistrate in Jaffna"), keeps its place, since people are
     * commonly placed by where they act ("fishermen in Rameswaram"). Only for doers: as a target
     * the place's country is the usual reading ("loans for a project in Colombo").
     */
    private static boolean placeOfAThing(Token head, Optional<Entity> headEntity, Dependency arc, Entity inner) {
        return headEntity.isEmpty() && !"TITLE".equals(head.namedEntityTag())
                && (arc.relation().equals("nmod:in") || arc.relation().equals("nmod:at")) && "LOCATION".equals(inner.type());
    }
}
