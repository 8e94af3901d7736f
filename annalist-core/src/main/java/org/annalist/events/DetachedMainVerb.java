package org.annalist.events;

import java.util.List;
import java.util.Set;
import org.annalist.language.Dependency;

/**
 * Mends a parser error on a sentence whose opening words it misreads: in "The Committee to
 * Protect Journalists, a New York-based group, welcomed the change", "An Israeli drone struck a
 * car" (with "drone" read as a verb) or "The National Unity Government, set up by lawmakers
 * ousted in the coup, called the strike a war crime" the parser makes an early word the root and
 * hangs the real main verb from it as an unlabelled dependent ({@code dep}) with no subject, and
 * the act lost its actor. A finite verb (VBD, VBZ, VBP) without a subject of its own that hangs by
 * {@code dep} from an earlier verb is done by that verb's subject, when the subject stands before
 * the finite verb. Participles are left to {@link ParticipleSubject}: a closing "…, killing two
 * soldiers" hangs the same way but mostly restates the main event.
 */
final class DetachedMainVerb {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private DetachedMainVerb() {}

    /** The subjects of the earlier verb the finite verb hangs from, or empty when it is not in that shape. */
    static List<Integer> of(SentenceGraph graph, int verb) {
        if (!FINITE.contains(graph.token(verb).partOfSpeech())) {
            return List.of();
        }
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || up.governor() > verb || !up.relation().equals("dep")) {
            return List.of();
        }
        int governor = up.governor();
        Dependency root = graph.basicHead(governor);
        if (!graph.token(governor).isVerb() || root == null || root.governor() >= 0) {
            return List.of();
        }
        return RoleFillers.subjectsOf(graph, governor).stream().filter(subject -> subject < verb).toList();
    }
}
