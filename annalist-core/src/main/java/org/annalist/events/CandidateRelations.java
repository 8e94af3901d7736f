package org.annalist.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * How the candidates of one sentence relate, and which of them therefore are not events of their
 * own: a trigger inside a more specific one ("held joint naval exercises"), a light verb carrying
 * a noun event ("offered talks"), a complement coded by its frame ("refused to meet"), a noun
 * event mentioned beside the sentence's verb event ("said after the talks"). These decisions
 * compare candidates with each other, unlike the per-match filters, so they sit together.
 */
final class CandidateRelations {

    private final WordLists words;

    CandidateRelations(WordLists words) {
        this.words = words;
    }

    /**
     * A word that is both an object of one trigger and the head of another ("held joint naval
     * exercises": "hold exercise" and "joint naval exercise") belongs to the more specific one;
     * on a tie, to the trigger that contains it.
     */
    static List<TriggerMatch> resolveOverlaps(ArticleState state, SentenceGraph graph, List<TriggerMatch> matches) {
        List<TriggerMatch> kept = new ArrayList<>(matches);
        for (TriggerMatch inner : matches) {
            for (TriggerMatch outer : matches) {
                if (outer != inner && kept.contains(outer) && kept.contains(inner) && outer.words().contains(inner.head())
                        && inner.pattern().specificity() > outer.pattern().specificity()) {
                    kept.remove(outer);
                    state.decide(graph, outer, DecisionReason.OUTRANKED,
                            "\"" + graph.token(inner.head()).text() + "\" belongs to the more specific \"" + inner.pattern().id() + "\"", null);
                }
            }
        }
        return kept;
    }

    /**
     * A noun event whose actor does not come through a light or participation verb ("held
     * talks", "spoke at the meeting") but from the noun's own modifiers or nothing: in a sentence
     * with a coded verb event it is background ({@link DecisionReason#BACKGROUND_NOUN}).
     */
    boolean isBackgroundNoun(SentenceGraph graph, Candidate candidate) {
        if (candidate.match().pattern().kind() != TriggerKind.NOUN) {
            return false;
        }
        String source = candidate.actor().source();
        if (source != null && source.contains("governor") && !onlyInSequence(graph, candidate.match().head())) {
            return false;
        }
        // "Pakistani air strikes on Kabul": a noun naming both its own actor and its target is an event of its own
        boolean ownActor = source != null && (source.equals("modifier") || source.equals("poss") || source.equals("possessor")
                || source.equals("by"));
        String target = candidate.recipient().source();
        boolean ownTarget = candidate.recipient().anyCoded() && target != null && !target.contains("domestic")
                && !target.startsWith("earlier") && !target.contains("phrase");
        return !(ownActor && ownTarget);
    }

    /** Whether the noun attaches to verbs only through a {@code sequence-preposition} ("following the war"). */
    private boolean onlyInSequence(SentenceGraph graph, int noun) {
        boolean sequence = false;
        for (Dependency arc : graph.heads(noun)) {
            if (arc.governor() < 0 || !graph.token(arc.governor()).isVerb()) {
                continue;
            }
            if (arc.relation().startsWith("obl:") && words.contains(ListName.SEQUENCE_PREPOSITION, arc.relation().substring(4))) {
                sequence = true;
            } else {
                return false;
            }
        }
        return sequence;
    }

    /**
     * Frame candidates whose verb is also a light verb and whose direct object is a noun event
     * ("undertook a mediation mission", "offered talks"): the verb only carries the noun event,
     * which is coded instead of the frame. Maps each such frame to its noun event.
     */
    Map<Candidate, Candidate> lightFrames(SentenceGraph graph, List<Candidate> candidates) {
        Map<Candidate, Candidate> light = new LinkedHashMap<>();
        for (Candidate frame : candidates) {
            Token verb = graph.token(frame.match().head());
            if (!frame.match().pattern().absorbsComplement() || frame.match().pattern().kind() != TriggerKind.VERB
                    || !words.containsEither(ListName.LIGHT_VERB, verb.lemma(), verb.text())) {
                continue;
            }
            for (Candidate inner : candidates) {
                Dependency up = graph.basicHead(inner.match().head());
                if (inner != frame && inner.match().pattern().kind() == TriggerKind.NOUN
                        && up != null && up.governor() == frame.match().head() && up.relation().equals("obj")
                        && words.lightVerbServes(verb.lemma(), verb.text(), inner.match().pattern().event())) {
                    light.put(frame, inner);
                    break;
                }
            }
        }
        return light;
    }

    /**
     * Complement events of frame patterns ("refused to meet"): the frame codes them. In the order of
     * {@code candidates}: a frame with no recipient of its own takes the first absorbed one's, and a
     * candidate's hash mixes in identity hashes, so a hash order would change the output from run to run.
     * An adverbial clause that only orders the frame in time ({@code sequence-preposition} as its
     * mark: "summoned the ambassador after a coast guard ship rammed a fishing boat") is no complement
     * but the act the frame answers, an event of its own.
     */
    Map<Candidate, Candidate> absorptions(SentenceGraph graph, List<Candidate> candidates, Set<Candidate> lightFrames) {
        Map<Candidate, Candidate> absorbedBy = new LinkedHashMap<>();
        for (Candidate frame : candidates) {
            if (!frame.match().pattern().absorbsComplement() || lightFrames.contains(frame)) {
                continue;
            }
            for (Candidate inner : candidates) {
                if (inner == frame) {
                    continue;
                }
                int node = inner.match().head();
                for (int depth = 0; depth < 3; depth++) {
                    Dependency up = graph.basicHead(node);
                    if (up == null || up.governor() < 0) {
                        break;
                    }
                    String relation = up.relation();
                    if (up.governor() == frame.match().head() && relation.startsWith("advcl") && isSequenceClause(graph, node)) {
                        break;
                    }
                    if (up.governor() == frame.match().head() && (relation.equals("xcomp") || relation.equals("ccomp")
                            || relation.equals("obj") || relation.startsWith("obl") || relation.startsWith("advcl"))) {
                        absorbedBy.putIfAbsent(inner, frame);
                        break;
                    }
                    if (!(relation.equals("xcomp") || relation.equals("obj") || relation.startsWith("nmod") || relation.equals("acl")
                            || relation.startsWith("obl"))) {
                        break;
                    }
                    node = up.governor();
                }
            }
        }
        return absorbedBy;
    }

    /** Whether the clause headed at {@code head} is marked by a {@code sequence-preposition} ("after", "before", "following"). */
    private boolean isSequenceClause(SentenceGraph graph, int head) {
        return graph.dependentsByRelation(head, "mark").stream()
                .anyMatch(mark -> words.contains(ListName.SEQUENCE_PREPOSITION, graph.token(mark).lemma().toLowerCase(java.util.Locale.ROOT)));
    }
}
