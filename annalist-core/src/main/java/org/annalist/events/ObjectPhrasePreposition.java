package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.language.Dependency;

/**
 * Where a verb pattern's preposition sits when the parse hangs it inside the required object's own
 * phrase: trade copy puts a rate between the duties and the goods ("imposed duties of up to 25% on
 * Chinese steel wire"), and the "on" phrase hangs on the rate. Asked by {@link RoleFillers} only when
 * neither the trigger nor the object has the preposition itself.
 */
final class ObjectPhrasePreposition {

    /** Clause relations an object's own phrase does not reach into: a clause of its own is not the object's description. */
    private static final Set<String> OWN_CLAUSES = Set.of("acl:relcl", "ccomp", "advcl", "parataxis", "conj", "appos");

    /** Levels below a required object searched for a preposition the parse hung inside the object's phrase. */
    private static final int OBJECT_PHRASE_DEPTH = 4;

    private ObjectPhrasePreposition() {
    }

    /**
     * A preposition's objects hung inside a required object's own phrase rather than on the object
     * ("duties of up to 39% on European brandy", "tariffs of 25 percent on Canadian steel"):
     * the basic tree below the object, at most {@value #OBJECT_PHRASE_DEPTH} levels down, not into
     * a clause of its own ("exercises involving nuclear weapons near the border"); the nearest level
     * that has one wins.
     */
    static List<Integer> inside(SentenceGraph graph, int object, String preposition) {
        List<Integer> level = List.of(object);
        for (int depth = 0; depth < OBJECT_PHRASE_DEPTH && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                for (Dependency arc : graph.basicDependents(node)) {
                    boolean ownClause = OWN_CLAUSES.contains(arc.relation()) || arc.baseRelation().equals("conj")
                            || arc.baseRelation().equals("acl") && graph.token(arc.dependent()).isVerb();
                    if (!ownClause) {
                        next.add(arc.dependent());
                    }
                }
            }
            List<Integer> found = new ArrayList<>();
            for (int node : next) {
                found.addAll(graph.prepositionDependents(node, preposition));
            }
            if (!found.isEmpty()) {
                return found;
            }
            level = next;
        }
        return List.of();
    }
}
