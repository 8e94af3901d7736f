package org.annalist.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.ActorCodes;
import org.annalist.events.patterns.EventPattern;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.language.Token;

/**
 * The recipient named by a noun that refers back to an action already reported ("Russia
 * condemned the move", "Egypt condemned the attack"): chosen among the article's events coded so
 * far. Split out of {@link DependencyEventCoder}, which asks it when a trigger's own phrases name
 * no recipient.
 */
final class AnaphoricRecipient {

    /** How many sentences back an anaphoric noun ("the move") may refer. */
    static final int ANAPHORA_SENTENCES = 3;

    /** The recipient source of the doers of an act the text reported without coding it ({@link UncodedEarlierAct}). */
    static final String UNCODED_ACT_SOURCE = "the doer of an earlier act of the same word (not coded)";

    private final ActorAnalysis actors;
    private final WordLists words;
    private final RoleFillers roles;
    private final PatternDictionary patterns;
    private final UncodedEarlierAct uncodedActs;

    AnaphoricRecipient(ActorAnalysis actors, WordLists words, RoleFillers roles, PatternDictionary patterns, UncodedEarlierAct uncodedActs) {
        this.uncodedActs = uncodedActs;
        this.actors = actors;
        this.words = words;
        this.roles = roles;
        this.patterns = patterns;
    }

    /**
     * The recipient named by a noun that refers back to an action already reported ("Russia
     * condemned the move"): the actors of an earlier event whose actor codes are not the current
     * actor's. Preferred, in order: the article's first event whose trigger shares the noun's
     * stem ("the seizure" → "seized", "the pact" → "signed a defence pact"), whose doers may be of
     * the actor's own country when they are not the actor itself; else the first event
     * of the kind the noun itself names as a trigger ("the attack" → an ASSAULT); else, unless the noun
     * names its own object ("the release of 37 protesters", "the attack on the patrol"), the article's first event (news reports
     * lead with the action the reactions are about); else the most
     * recent earlier event at most {@value #ANAPHORA_SENTENCES} sentences back. A same-word event that
     * itself referred back by the noun ("called the strike") gives its recipients, the act's doers; an
     * actor outside the state may refer to its own country's acts in the later steps.
     */
    PartyFinder.Filling of(SentenceGraph graph, TriggerMatch match, PartyFinder.Filling actor, List<Event> events) {
        Optional<Token> noun = anaphoricObject(graph, match);
        if (noun.isEmpty() || restatesItself(match, noun.get())) {
            return PartyFinder.Filling.none();
        }
        return referredTo(graph, noun, actor, events);
    }

    /**
     * The party behind the act a condition refers back to: "Russia warned it would take
     * countermeasures if the exercises continued" is aimed at whoever holds the exercises, not at a
     * country the condition's noun is near ("the exercises near its border with Estonia"). The first
     * condition subject on the {@code anaphoric-noun} list, with "the" or a demonstrative, resolved
     * as an object referring back is ({@link #of}); none when no subject is such a noun or no earlier
     * event is found.
     */
    PartyFinder.Filling ofCondition(SentenceGraph graph, List<List<Integer>> conditionSubjects, PartyFinder.Filling actor, List<Event> events) {
        for (List<Integer> members : conditionSubjects) {
            for (int member : members) {
                if (refersBack(graph, member)) {
                    PartyFinder.Filling found = referredTo(graph, Optional.of(graph.token(member)), actor, events);
                    if (found.anyCoded()) {
                        return new PartyFinder.Filling(found.parties(), "condition " + found.source());
                    }
                }
            }
        }
        return PartyFinder.Filling.none();
    }

    private PartyFinder.Filling referredTo(SentenceGraph graph, Optional<Token> noun, PartyFinder.Filling actor, List<Event> events) {
        Set<String> own = new HashSet<>();
        actor.parties().forEach(party -> own.add(party.code()));
        Span span = new Span(noun.get().start(), noun.get().end(), noun.get().text());
        String stem = stem(noun.get().lemma());
        int sentence = graph.sentence().index();
        Event recent = null;
        Event sameWord = null;
        Set<String> ownEntities = new HashSet<>();
        actor.parties().forEach(party -> ownEntities.add(party.entity()));
        for (int index = events.size() - 1; index >= 0; index--) {
            Event earlier = events.get(index);
            if (!referredActors(earlier, own, span).isEmpty() && recent == null
                    && sentence - earlier.evidence().sentenceIndex() <= ANAPHORA_SENTENCES) {
                recent = earlier;
            }
            if (referredDoers(earlier, ownEntities, own, span).isEmpty()) {
                continue;
            }
            for (String word : earlier.evidence().trigger().text().split("\\s+")) {
                if (stem(word).equals(stem)) {
                    sameWord = earlier;
                }
            }
        }
        if (sameWord != null) {
            List<EventParty> answered = answeredParties(sameWord, stem, ownEntities, span);
            if (!answered.isEmpty()) {
                // "Venezuela called the strike an execution … Cuba condemned the strike": the earlier event
                // shares the word because it too refers back to the act; the act's doer is its recipient
                return new PartyFinder.Filling(answered, "earlier event " + sameWord.id() + " (same word, a reaction to the act)");
            }
            // the noun names this very act: its doers, even of the actor's own country ("the opposition
            // leader welcomed the release" of prisoners the government released)
            return new PartyFinder.Filling(referredDoers(sameWord, ownEntities, own, span), "earlier event " + sameWord.id() + " (same word)");
        }
        // "the opposition welcomed the decision", "a ruling-party leader praised the expulsions": a party,
        // group or people outside the state reacts to its own government's acts as readily as to others'
        Function<Event, List<EventParty>> referred = outsideTheState(actor)
                ? earlier -> referredDoers(earlier, ownEntities, Set.of(), span)
                : earlier -> referredActors(earlier, own, span);
        // "condemned the attack", "criticised the arrests": the first earlier event of the kind the noun names
        Set<String> nounTypes = nounTypes(noun.get());
        for (Event earlier : events) {
            if (nounTypes.contains(earlier.event()) && !referred.apply(earlier).isEmpty()) {
                return new PartyFinder.Filling(referred.apply(earlier), "earlier event " + earlier.id() + " (same kind)");
            }
        }
        if (namesItsOwnObject(graph, noun.get())) {
            // "ordered the release of 37 protesters": the noun says whom the act is about; no guess from the article's lead
            return PartyFinder.Filling.none();
        }
        List<EventParty> uncoded = uncodedActs.doers(graph, noun.get(), own);
        if (!uncoded.isEmpty()) {
            // "Pakistan test-fired a missile … China defended the test": an act reported but not coded
            return new PartyFinder.Filling(uncoded, UNCODED_ACT_SOURCE);
        }
        for (Event earlier : events) {
            if (!referred.apply(earlier).isEmpty()) {
                Optional<Event> cause = answeredAct(earlier, events, referred);
                if (cause.isPresent()) {
                    return new PartyFinder.Filling(referred.apply(cause.get()),
                            "earlier event " + cause.get().id() + " (the act the first answers)");
                }
                return new PartyFinder.Filling(referred.apply(earlier), "earlier event " + earlier.id() + " (first)");
            }
        }
        return recent == null ? PartyFinder.Filling.none()
                : new PartyFinder.Filling(referred.apply(recent), "earlier event " + recent.id() + " (latest)");
    }


    /** Whether every actor has a sector and none is the state's (an opposition party, a ruling party, a civic group). */
    private static boolean outsideTheState(PartyFinder.Filling actor) {
        return !actor.parties().isEmpty()
                && actor.parties().stream().allMatch(party -> party.sector() != null && !ActorCodes.STATE_SECTORS.contains(party.sector()));
    }

    /**
     * The recipients of an earlier event that itself referred back to an act by the same noun
     * ("called the strike an execution" after the strike was reported): the act's doers as that event
     * found them. Empty when the earlier event's recipient was not found by referring back with a noun
     * of the same stem ("demanded the release" shares "the demand"'s word by its own verb, and its
     * recipient is the releaser), or any of them is uncoded or the current actor itself.
     */
    private static List<EventParty> answeredParties(Event earlier, String stem, Set<String> ownEntities, Span span) {
        EventDerivation derivation = earlier.provenance() == null ? null : earlier.provenance().derivation();
        String source = derivation == null ? null : derivation.recipientSource();
        if (source == null || !source.startsWith("earlier event ") && !source.equals(UNCODED_ACT_SOURCE) || earlier.recipients().isEmpty()) {
            return List.of();
        }
        List<EventParty> referred = new ArrayList<>();
        for (EventParty party : earlier.recipients()) {
            if (party.code() == null || party.entity() != null && ownEntities.contains(party.entity())
                    || party.mention() == null || !stem(party.mention().text()).equals(stem)) {
                return List.of();
            }
            referred.add(new EventParty(party.entity(), party.name(), party.code(), party.sector(), span));
        }
        return referred;
    }

    /**
     * The act a lead's reaction answers: "The Philippines summoned China's ambassador after a
     * Chinese ship fired a water cannon at a fishing boat" reports the summons in its main clause
     * and the act it answers in a clause of sequence; "the incident" later in the story is that act,
     * not the summons. An event of the same sentence in a {@code temporal} clause whose doers are
     * not the actor's, when the first event itself is not in one.
     */
    private static Optional<Event> answeredAct(Event first, List<Event> events, Function<Event, List<EventParty>> referred) {
        if (isTemporal(first)) {
            return Optional.empty();
        }
        return events.stream()
                .filter(event -> event != first && event.evidence().sentenceIndex() == first.evidence().sentenceIndex())
                .filter(AnaphoricRecipient::isTemporal)
                .filter(event -> !referred.apply(event).isEmpty())
                .findFirst();
    }

    private static boolean isTemporal(Event event) {
        return event.provenance() != null && event.provenance().derivation() != null
                && event.provenance().derivation().position() != null
                && "temporal".equals(event.provenance().derivation().position().clause());
    }

    /**
     * Whether the noun names what its act was about ("the release of the detainees", "the killing of
     * five protesters", "the attack on the patrol"; not a time, "the demand on Tuesday"): then the
     * lead's first event is no guess for it.
     */
    private static boolean namesItsOwnObject(SentenceGraph graph, Token noun) {
        return graph.dependents(noun.index()).stream()
                .anyMatch(arc -> arc.relation().equals("nmod:of")
                        || (arc.relation().equals("nmod:on") || arc.relation().equals("nmod:against"))
                                && !RoleFillers.TIME_TAGS.contains(graph.token(arc.dependent()).namedEntityTag()));
    }

    /**
     * The doers of an earlier act the noun names by its own word, as parties named by the noun: empty
     * if any is uncoded or is the current actor itself. Unlike {@link #referredActors} a doer of the
     * actor's own country counts, since the word, not a guess, says which act is meant.
     */
    private static List<EventParty> referredDoers(Event earlier, Set<String> ownEntities, Set<String> own, Span span) {
        List<EventParty> referred = new ArrayList<>();
        for (EventParty party : earlier.actors()) {
            if (party.code() == null || party.entity() != null && ownEntities.contains(party.entity())) {
                return List.of();
            }
            referred.add(new EventParty(party.entity(), party.name(), party.code(), party.sector(), span));
        }
        if ("CONSULT".equals(earlier.event()) && referred.stream().noneMatch(party -> own.contains(party.code()))) {
            // "condemned the meeting": both sides met (not a meeting the actor's own side held)
            earlier.recipients().stream()
                    .filter(party -> party.code() != null && !own.contains(party.code()))
                    .forEach(party -> referred.add(new EventParty(party.entity(), party.name(), party.code(), party.sector(), span)));
        }
        return referred;
    }

    /**
     * The earlier event's actors as parties named by the anaphoric noun; empty if any is the current
     * actor. A meeting is its two sides' ("North Korea condemned the meeting" of Japan's and South
     * Korea's ministers): a consultation's recipients are named with its actors.
     */
    private static List<EventParty> referredActors(Event earlier, Set<String> own, Span span) {
        List<EventParty> referred = new ArrayList<>();
        List<EventParty> parties = new ArrayList<>(earlier.actors());
        if ("CONSULT".equals(earlier.event())) {
            earlier.recipients().stream().filter(party -> party.code() != null && !own.contains(party.code())).forEach(parties::add);
        }
        for (EventParty party : parties) {
            if (party.code() == null || own.contains(party.code())) {
                return List.of();
            }
            referred.add(new EventParty(party.entity(), party.name(), party.code(), party.sector(), span));
        }
        return referred;
    }

    /**
     * Whether the noun is the trigger's own object word naming a meeting and the trigger a
     * consultation ("hold the meeting", "continue the talks"): the meeting is this very event,
     * held by its own parties, not an earlier act of others. ("Sign the treaty", "accept the
     * offer" still refer back to the other side's act.)
     */
    private boolean restatesItself(TriggerMatch match, Token noun) {
        boolean ownWord = match.objects().stream().anyMatch(index -> index == noun.index());
        return ownWord && "CONSULT".equals(match.pattern().event()) && nounTypes(noun).contains("CONSULT");
    }

    /** The event types the noun triggers on its own ("attack": ASSAULT, "meeting": CONSULT). */
    private Set<String> nounTypes(Token noun) {
        Set<String> types = new HashSet<>();
        for (EventPattern pattern : patterns.candidates(noun.lemma().toLowerCase(Locale.ROOT))) {
            if (pattern.kind() == TriggerKind.NOUN && pattern.objects().isEmpty()) {
                types.add(pattern.event());
            }
        }
        return types;
    }

    /** A crude shared stem for "seizure"/"seized", "abduction"/"abducted": the first four letters. */
    /** The first four letters: "the seizure" and "seized" share it. Shared with {@link StatementTarget}. */
    static String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() <= 4 ? lower : lower.substring(0, 4);
    }

    private static final java.util.Set<String> DEFINITE_DETERMINERS = java.util.Set.of("the", "this", "that", "these", "those");

    /**
     * The noun by which the recipient role refers back to an action already reported: an object
     * (or required object word) of the trigger on the {@code anaphoric-noun} list, with "the",
     * "this", "that", "these" or "those", that names no coded entity ("condemned the move",
     * "welcomed the decision"). Empty when there is none.
     */
    Optional<Token> anaphoricObject(SentenceGraph graph, TriggerMatch match) {
        List<Integer> candidates = new ArrayList<>(match.objects());
        for (RoleSource source : match.pattern().recipient()) {
            candidates.addAll(roles.fillers(graph, match, source));
        }
        candidates.addAll(graph.dependentsByRelation(match.head(), "obj"));
        for (int token : candidates) {
            if (refersBack(graph, token)) {
                return Optional.of(graph.token(token));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the token is a noun on the {@code anaphoric-noun} list with "the", "this", "that",
     * "these" or "those", no owner, and no coded entity of its own ("the move", "the exercises").
     */
    private boolean refersBack(SentenceGraph graph, int token) {
        Token word = graph.token(token);
        if (!word.isNoun() || !words.containsEither(ListName.ANAPHORIC_NOUN, word.lemma().toLowerCase(java.util.Locale.ROOT),
                word.text().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (actors.entityAt(word.start()).map(entity -> entity.code() != null).orElse(false)) {
            return false;
        }
        boolean definite = false;
        boolean owned = false;
        for (Dependency arc : graph.dependents(token)) {
            String dependent = graph.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT);
            if (arc.relation().equals("det") && DEFINITE_DETERMINERS.contains(dependent)) {
                definite = true;
            }
            if (arc.relation().equals("nmod:poss")) {
                owned = true;
            }
        }
        return definite && !owned;
    }
}
