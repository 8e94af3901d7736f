package org.annalist.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.actors.ActorCodes;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Whom a criticism or a warning is aimed at. A reader takes, in this order: the doer the
 * evaluative words' own clause names ("Rabat has chosen escalation", "Russia's terror", "the
 * U.S. arms sale seriously violates …", "they will get a firm answer"); else another party the
 * quoted words name; else the party whose act against the speaker was reported last, or the
 * story's other main country ("This was a reckless attack on a ship" after the Houthis struck a
 * British destroyer); else, for a third party's reaction, the doer of the last hostile act reported. The speaker's own side (same entity, "we", the speaker's own government or
 * forces) is never the target: a statement about one's own side is no criticism of another.
 */
final class StatementTarget {

    /** The dependents through which a clause names its doer (or, for a warning, its addressee): tried first. */
    private static final Set<String> SUBJECT_DOER_RELATIONS = Set.of("nsubj", "nsubj:pass", "obl:agent", "nmod:agent");

    /** The dependents through which a noun names its doer ("Russia's terror", "British aggression"): tried next. */
    private static final Set<String> MODIFIER_DOER_RELATIONS = Set.of("nmod:poss", "compound", "amod");

    /**
     * The relations through which the evaluative words belong to a larger predicate whose doer is
     * theirs: "a reckless attack", "has chosen escalation", "is trying to strangle the country",
     * "holding him as a bargaining chip". Not from a subject ("Russia's terror must not become
     * normal": the terror's doer is its own) nor from an adjunct ("targeted a warship in response to
     * continued British aggression": the aggression is not the targeting side's).
     */
    private static final Set<String> CLIMB_RELATIONS = Set.of("amod", "obj", "xcomp", "compound", "advmod", "obl:as", "nmod:as");

    /** How far up from the evaluative words the clause's doer is looked for. */
    private static final int LEVELS_UP = 3;


    /** The acts a criticism without a named target is taken to be about. */
    private static final Set<String> HOSTILE_EVENTS = Set.of("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN");

    /** The acts against the speaker's side a statement answers: the hostile acts and accusations. */
    private static final Set<String> HOSTILE_TO_SPEAKER_EVENTS = Set.of("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN", "ACCUSE",
            "REJECT");

    /** What was found and where from, for the decision log. */
    record Target(List<EventParty> parties, String source) {}

    /**
     * @param speaker the statement's speaker as a party
     * @param from the first token of the sentence the speaker's quoted words cover
     * @param to the token after the last
     */
    Target of(ArticleState state, SentenceGraph graph, List<Integer> cueTokens, EventParty speaker, int from, int to) {
        List<EventParty> doer = doer(state, graph, cueTokens, speaker, from, to, SUBJECT_DOER_RELATIONS);
        if (doer.isEmpty()) {
            doer = doer(state, graph, cueTokens, speaker, from, to, MODIFIER_DOER_RELATIONS);
        }
        if (!doer.isEmpty()) {
            return new Target(doer, "the doer named by the statement's clause");
        }
        List<EventParty> named = namedInStatement(state, graph, speaker, from, to);
        if (!named.isEmpty()) {
            return new Target(named, "a party the statement names");
        }
        Target answered = lastHostileDoer(state, speaker, true);
        if (!answered.parties().isEmpty()) {
            return answered;
        }
        PartyFinder.Filling other = state.responses.otherMainCountry(speaker.code() == null ? Set.of() : Set.of(speaker.code()),
                graph.sentence().index());
        if (other.anyCoded()) {
            return new Target(other.parties(), other.source());
        }
        return lastHostileDoer(state, speaker, false);
    }

    /**
     * The doer of the last hostile act reported before the statement: aimed at the speaker's side
     * ({@code aimedAtSpeaker}: "Turkish drones struck a Greek boat. 'This was a reckless attack,' the
     * Greek minister said"), or at anyone (a third party's reaction: "Police detained 40 protesters
     * on Monday. … the EU said it was deeply concerned" is the EU's criticism of the police's country).
     */
    private static Target lastHostileDoer(ArticleState state, EventParty speaker, boolean aimedAtSpeaker) {
        for (int index = state.events.size() - 1; index >= 0; index--) {
            Event earlier = state.events.get(index);
            Set<String> kinds = aimedAtSpeaker ? HOSTILE_TO_SPEAKER_EVENTS : HOSTILE_EVENTS;
            if (!kinds.contains(earlier.event()) || earlier.aux().contains(Modality.NEGATION)) {
                continue;
            }
            if (aimedAtSpeaker && (earlier.recipients().isEmpty() || earlier.recipients().stream().noneMatch(party -> isOwnSide(party, speaker)))) {
                continue;
            }
            List<EventParty> doers = earlier.actors().stream().filter(party -> party.code() != null && !isOwnSide(party, speaker)).toList();
            if (!doers.isEmpty() && earlier.actors().stream().noneMatch(party -> isOwnSide(party, speaker))) {
                return new Target(doers, (aimedAtSpeaker ? "the doer of the last hostile act against the speaker's side ("
                        : "the doer of the last hostile act reported (") + earlier.id() + ")");
            }
        }
        return new Target(List.of(), null);
    }

    private List<EventParty> doer(ArticleState state, SentenceGraph graph, List<Integer> cueTokens, EventParty speaker, int from, int to,
            Set<String> relations) {
        int node = headOf(graph, cueTokens);
        for (int level = 0; level <= LEVELS_UP && node >= 0; level++) {
            for (Dependency arc : graph.dependents(node)) {
                if (!relations.contains(arc.relation()) || cueTokens.contains(arc.dependent())
                        || arc.dependent() < from || arc.dependent() >= to) {
                    continue;
                }
                List<EventParty> parties = parties(state, graph, arc.dependent(), speaker);
                if (parties.isEmpty()) {
                    parties = doerOfReferredDeed(state, graph, arc.dependent(), speaker);
                }
                if (!parties.isEmpty()) {
                    return parties;
                }
            }
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0 || !CLIMB_RELATIONS.contains(up.relation())) {
                break;
            }
            node = up.governor();
        }
        return List.of();
    }

    /**
     * The doer of the deed a definite noun refers back to: "the strike was a blatant violation"
     * after "Israeli jets struck a radar site" is Israel's; the earlier event (most recent first)
     * whose trigger shares the noun's stem ("strike", "struck" do not; "seizure", "seized" do; the
     * noun's own word does: "the strikes" after "carried out strikes").
     */
    private static List<EventParty> doerOfReferredDeed(ArticleState state, SentenceGraph graph, int token, EventParty speaker) {
        Token noun = graph.token(token);
        boolean definite = graph.dependents(token).stream().anyMatch(arc -> arc.baseRelation().equals("det")
                && DEFINITE_DETERMINERS.contains(graph.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
        if (!noun.isNoun() || !definite) {
            return List.of();
        }
        String stem = AnaphoricRecipient.stem(noun.lemma());
        for (int index = state.events.size() - 1; index >= 0; index--) {
            Event earlier = state.events.get(index);
            if (earlier.evidence().sentenceIndex() >= graph.sentence().index() || earlier.aux().contains(Modality.NEGATION)) {
                continue;
            }
            boolean sameWord = java.util.Arrays.stream(earlier.evidence().trigger().text().split("\\s+"))
                    .anyMatch(word -> AnaphoricRecipient.stem(word).equals(stem));
            if (sameWord) {
                return earlier.actors().stream().filter(party -> party.code() != null && !isOwnSide(party, speaker)).toList();
            }
        }
        return List.of();
    }

    /** Determiners by which a noun refers back to a deed already reported. */
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "that", "these", "those");

    /** The first party named in the quoted words that is not the speaker's side. */
    private List<EventParty> namedInStatement(ArticleState state, SentenceGraph graph, EventParty speaker, int from, int to) {
        for (int token = from; token < to; token++) {
            if (state.actors.entityAt(graph.token(token).start()).isEmpty()) {
                continue;
            }
            List<EventParty> parties = parties(state, graph, token, speaker);
            if (!parties.isEmpty()) {
                return parties;
            }
        }
        return List.of();
    }

    /** The coded parties a token (and its conjuncts) stands for, without the speaker's own side. */
    private static List<EventParty> parties(ArticleState state, SentenceGraph graph, int token, EventParty speaker) {
        Map<String, EventParty> byCode = new LinkedHashMap<>();
        for (int member : RoleFillers.withConjuncts(graph, token)) {
            for (EventParty party : state.parties.partiesFor(graph, member, false)) {
                if (party.code() != null && !isOwnSide(party, speaker)) {
                    byCode.putIfAbsent(party.code() + "/" + party.entity(), party);
                }
            }
        }
        return new ArrayList<>(byCode.values());
    }

    /** The token of the evaluative words whose head lies outside them. */
    static int headOf(SentenceGraph graph, List<Integer> cueTokens) {
        for (int token : cueTokens) {
            Dependency up = graph.basicHead(token);
            if (up == null || up.governor() < 0 || !cueTokens.contains(up.governor())) {
                return token;
            }
        }
        return cueTokens.get(0);
    }

    /**
     * Whether the party is the speaker's side: the speaker itself, or the same country with no
     * sector to tell them apart, the same sector, or two arms of the state ("the army" and the
     * government). A rebel group or an opposition party of the speaker's country is another side.
     */
    static boolean isOwnSide(EventParty party, EventParty speaker) {
        if (party.entity() != null && party.entity().equals(speaker.entity())) {
            return true;
        }
        if (party.code() == null || !party.code().equals(speaker.code())) {
            return false;
        }
        if (party.sector() == null || speaker.sector() == null || party.sector().equals(speaker.sector())) {
            return true;
        }
        return ActorCodes.STATE_SECTORS.contains(party.sector()) && ActorCodes.STATE_SECTORS.contains(speaker.sector());
    }
}
