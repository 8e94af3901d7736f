package org.annalist.events;

import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * An event named only as an open question: "he did not say whether Turkish troops would be
 * stationed at Syrian bases", "Tehran had not decided whether it would attend", "was
 * investigating whether police had used live ammunition". The clause introduced by "whether"
 * asserts neither that the event happened nor that it will, so no gold set codes it; the
 * investigation or the statement around it is the event.
 */
final class OpenQuestion {

    private OpenQuestion() {
    }

    /** Whether the predicate's clause (up through xcomp and conj) is introduced by "whether". */
    static boolean isOpen(SentenceGraph graph, int predicate) {
        return clauseMarkedBy(graph, predicate, mark -> mark.text().equalsIgnoreCase("whether"));
    }

    /**
     * Whether a "mark" dependent of the predicate, or of a clause it is the xcomp or conjunct of
     * (up to four levels), passes the test: the word that introduces the clause the event is in.
     */
    static boolean clauseMarkedBy(SentenceGraph graph, int predicate, java.util.function.Predicate<Token> test) {
        int node = predicate;
        for (int depth = 0; depth < 4; depth++) {
            for (Dependency arc : graph.basicDependents(node)) {
                if (arc.relation().equals("mark") && test.test(graph.token(arc.dependent()))) {
                    return true;
                }
            }
            Dependency up = graph.basicHead(node);
            if (up == null || up.governor() < 0 || !(up.relation().equals("xcomp") || up.relation().startsWith("conj"))) {
                return false;
            }
            node = up.governor();
        }
        return false;
    }
}
