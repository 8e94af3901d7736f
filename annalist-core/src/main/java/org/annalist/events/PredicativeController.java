package org.annalist.events;

import java.util.List;
import org.annalist.language.Dependency;

/**
 * The subject of an infinitive that depends on a predicative adjective of a linking verb other
 * than "be": in "Oslo remained ready to discuss quotas with Russia" or "Baku seemed willing to sign
 * the treaty" the parser hangs "ready" from "remained" as an open complement and the infinitive from
 * "ready" (as {@code xcomp} or an unlabelled {@code dep}), and gives the infinitive no controlled
 * subject, although the one who is ready to discuss is the subject of "remained". With "be" the
 * adjective is the clause's head and carries the subject itself, so the parse mostly controls it;
 * when it hangs the infinitive as a clausal complement instead ("U.S. and Iranian negotiators are due
 * to hold a second round", with {@code ccomp(due, hold)}), the adjective's own subject is the doer.
 * Grammar, not knowledge: any adjective, any linking verb; an expletive "it" ("it is important to
 * hold talks") names nobody.
 */
final class PredicativeController {

    private PredicativeController() {}

    /** The subjects of the linking verb whose predicative adjective governs this infinitive; empty otherwise. */
    static List<Integer> subjectsOf(SentenceGraph graph, int verb) {
        Dependency toAdjective = graph.basicHead(verb);
        if (toAdjective == null || toAdjective.governor() < 0
                || !(toAdjective.relation().equals("xcomp") || toAdjective.relation().equals("dep") || toAdjective.relation().equals("ccomp"))
                || !graph.token(toAdjective.governor()).partOfSpeech().startsWith("JJ")
                || !hasInfinitiveMarker(graph, verb)) {
            return List.of();
        }
        List<Integer> own = graph.basicDependents(toAdjective.governor()).stream()
                .filter(arc -> arc.relation().equals("nsubj") && arc.dependent() < toAdjective.governor()
                        && !graph.token(arc.dependent()).text().equalsIgnoreCase("it"))
                .map(Dependency::dependent)
                .toList();
        if (!own.isEmpty()) {
            return own;
        }
        Dependency toLinkingVerb = graph.basicHead(toAdjective.governor());
        if (toLinkingVerb == null || toLinkingVerb.governor() < 0 || !toLinkingVerb.relation().equals("xcomp")
                || !graph.token(toLinkingVerb.governor()).isVerb()) {
            return List.of();
        }
        return graph.basicDependents(toLinkingVerb.governor()).stream()
                .filter(arc -> arc.relation().equals("nsubj"))
                .map(Dependency::dependent)
                .toList();
    }

    private static boolean hasInfinitiveMarker(SentenceGraph graph, int verb) {
        return graph.basicDependents(verb).stream()
                .anyMatch(arc -> arc.relation().equals("mark") && graph.token(arc.dependent()).text().equalsIgnoreCase("to"));
    }
}
