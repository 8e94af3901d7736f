package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import org.annalist.language.Dependency;

/**
 * Mends a frequent parser error on a subject with a relative clause: in "Malaysia, which brokered
 * the truce as chair of ASEAN, called on both governments to show restraint" or "The Arakan Army,
 * an ethnic rebel group that controls most of the state, called on the junta to lift its blockade"
 * the parser may make the subject the root, the relative clause its modifier, and the real main
 * verb an unlabelled dependent ({@code dep}) of the relative clause's verb, without a subject. The
 * noun the relative clause modifies is then the main verb's subject (with the noun it stands in
 * apposition to: "The Arakan Army, an ethnic rebel group that …").
 */
final class StrandedMainVerb {

    private StrandedMainVerb() {}

    /** The subject the parse stranded, or empty when the verb is not in that shape. */
    static List<Integer> subjectOf(SentenceGraph graph, int verb) {
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || !up.relation().equals("dep") || up.governor() > verb) {
            return List.of();
        }
        Dependency clause = graph.basicHead(up.governor());
        if (clause == null || clause.governor() < 0 || !clause.relation().equals("acl:relcl") || !graph.token(clause.governor()).isNoun()) {
            return List.of();
        }
        int noun = clause.governor();
        List<Integer> subjects = new ArrayList<>();
        Dependency nounUp = graph.basicHead(noun);
        if (nounUp != null && nounUp.governor() >= 0 && nounUp.relation().equals("appos")) {
            subjects.add(nounUp.governor());
        } else if (nounUp != null && nounUp.governor() >= 0) {
            // the noun has a role of its own elsewhere: not a stranded subject
            return List.of();
        }
        subjects.add(noun);
        return subjects;
    }
}
