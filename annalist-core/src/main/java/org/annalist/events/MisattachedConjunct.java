package org.annalist.events;

import java.util.List;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Mends a frequent parser error on a coordinated second verb: in "Amnesty accused the police of using excessive force
 * against demonstrators and called for the release of those detained" or "the spokesperson said Washington was
 * concerned about China's actions and called on Beijing to respect the ruling" the parser joins "called" as a
 * conjunct to a word deep inside the first clause ("force", "actions", "verify", "inflame"), so the enhanced parse
 * gives it no subject. A finite verb with no subject of its own, conjoined to an earlier noun, adjective or non-finite
 * verb, is done by the subject of the nearest clause above that word: walking up the basic tree from it, the first
 * predicate with a subject that is not a relative pronoun ("a step that could inflame" is skipped for "urged").
 */
final class MisattachedConjunct {

    /** Finite forms that cannot be a base-form infinitive: a VBP ("and agree to a truce") may truly join one. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ");
    private static final Set<String> NON_FINITE = Set.of("VB", "VBG", "VBN");
    private static final int MAXIMUM_STEPS = 6;

    private MisattachedConjunct() {}

    /** The subject of the clause the conjunct belongs to, or empty when the verb is not in that shape. */
    static List<Integer> subjectOf(SentenceGraph graph, int verb) {
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || !up.relation().equals("conj") || up.governor() > verb) {
            return List.of();
        }
        Token joined = graph.token(up.governor());
        boolean nominal = joined.isNoun() || joined.partOfSpeech().startsWith("JJ");
        String form = graph.token(verb).partOfSpeech();
        // a past participle joined to a noun is a past tense the tagger misread ("actions and called on Lima"), and
        // so is one without an auxiliary joined to an infinitive or gerund ("asked donors to fill the gap and called
        // on Myanmar", "accused the government of crushing dissent and called on the bloc"); a participle joined to
        // a participle is a true pair ("had detained and tortured them")
        boolean misreadParticiple = form.equals("VBN") && (nominal
                || (Set.of("VB", "VBG").contains(joined.partOfSpeech()) && !hasAuxiliary(graph, verb)));
        boolean finite = FINITE.contains(form) || misreadParticiple;
        if (!finite || !(nominal || NON_FINITE.contains(joined.partOfSpeech())) || hasSubject(graph, up.governor())) {
            return List.of();
        }
        int node = up.governor();
        for (int step = 0; step < MAXIMUM_STEPS; step++) {
            Dependency head = graph.basicHead(node);
            if (head == null || head.governor() < 0) {
                return List.of();
            }
            node = head.governor();
            for (Dependency arc : graph.basicDependents(node)) {
                if (arc.relation().equals("nsubj") && arc.dependent() < verb
                        && !graph.token(arc.dependent()).partOfSpeech().startsWith("W")) {
                    return List.of(arc.dependent());
                }
            }
        }
        return List.of();
    }

    private static boolean hasSubject(SentenceGraph graph, int token) {
        return graph.basicDependents(token).stream().anyMatch(arc -> arc.relation().startsWith("nsubj"));
    }

    private static boolean hasAuxiliary(SentenceGraph graph, int token) {
        return graph.basicDependents(token).stream().anyMatch(arc -> arc.relation().startsWith("aux"));
    }
}
