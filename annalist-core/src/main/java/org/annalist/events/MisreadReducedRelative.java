package org.annalist.events;

import java.util.List;
import java.util.Set;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.TriggerKind;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * A parser error that turns victims into doers: in "the army said the people killed in Moura were
 * fighters" the parser may read "killed" as a finite verb with "people" as its subject, although
 * the participle only modifies "people" (a reduced relative: the people who were killed). A verb
 * that takes an object ({@code object} among its pattern's recipient sources) read with no object,
 * no auxiliary and no clause of its own, right after its subject, while a later predicate of the
 * sentence outside its clause has no subject of its own ("were fighters"), is such a participle:
 * its "subject" is whom the act was done to, and it names no doer.
 */
final class MisreadReducedRelative {

    /** Dependents a finite transitive verb has and a reduced relative participle lacks. */
    private static final Set<String> CLAUSE_DEPENDENTS = Set.of("obj", "iobj", "aux", "aux:pass", "nsubj:pass", "ccomp", "xcomp", "expl");

    /** Dependents that give a predicate a subject of its own. */
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "expl");

    private MisreadReducedRelative() {}

    /** Whether the trigger is a reduced relative participle the parse reads as a finite verb of its subject. */
    static boolean isMisread(SentenceGraph graph, TriggerMatch match) {
        int head = match.head();
        Token verb = graph.token(head);
        if (match.pattern().kind() != TriggerKind.VERB || !(verb.partOfSpeech().equals("VBD") || verb.partOfSpeech().equals("VBN"))
                || match.pattern().recipient().isEmpty() || match.pattern().recipient().get(0).kind() != RoleSource.Kind.OBJECT) {
            return false;
        }
        List<Dependency> dependents = graph.basicDependents(head);
        if (dependents.stream().anyMatch(arc -> CLAUSE_DEPENDENTS.contains(arc.relation()) || isAgent(graph, arc))) {
            // "officers backed by foreign personnel" is a passive participle the parse reads right
            return false;
        }
        boolean subjectJustBefore = dependents.stream()
                .anyMatch(arc -> arc.relation().equals("nsubj") && arc.dependent() == head - 1 && graph.token(head - 1).isNoun());
        return subjectJustBefore && subjectlessPredicateAfter(graph, head);
    }

    /** Whether a copula or finite verb after the trigger, outside its clause, belongs to a predicate with no subject. */
    private static boolean subjectlessPredicateAfter(SentenceGraph graph, int head) {
        for (int index = head + 1; index < graph.size(); index++) {
            Dependency up = graph.basicHead(index);
            String tag = graph.token(index).partOfSpeech();
            // a copula or an auxiliary stands for the predicate it serves ("were fighters", "has stepped up")
            boolean copula = up != null && (up.relation().equals("cop") || up.relation().startsWith("aux"));
            boolean finite = tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
            if (!(copula || finite) || within(graph, index, head)) {
                continue;
            }
            int predicate = copula ? up.governor() : index;
            // a verb joined to another by "and" has the first one's subject ("spoke with X and urged Y")
            if (predicate >= 0 && !within(graph, predicate, head) && graph.dependentsByRelation(predicate, SUBJECTS.toArray(String[]::new)).isEmpty()
                    && graph.basicDependents(predicate).stream().noneMatch(arc -> SUBJECTS.contains(arc.relation()))
                    && !(graph.basicHead(predicate) != null && graph.basicHead(predicate).relation().startsWith("conj"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dependent is an agent phrase ("by foreign personnel"): the verb is a passive participle. */
    private static boolean isAgent(SentenceGraph graph, Dependency arc) {
        return arc.relation().startsWith("obl") && (arc.relation().equals("obl:agent") || graph.basicDependents(arc.dependent()).stream()
                .anyMatch(inner -> inner.relation().equals("case") && graph.token(inner.dependent()).text().equalsIgnoreCase("by")));
    }

    /** Whether the token lies in the basic subtree of {@code root}. */
    private static boolean within(SentenceGraph graph, int token, int root) {
        int node = token;
        for (int steps = 0; steps < graph.size() && node >= 0; steps++) {
            if (node == root) {
                return true;
            }
            Dependency up = graph.basicHead(node);
            node = up == null ? -1 : up.governor();
        }
        return false;
    }
}
