package org.annalist.events;

import java.util.List;
import org.annalist.language.Dependency;

/**
 * A past participle the parser read as an active verb although its by-phrase makes it passive:
 * "The Afghan freed by Washington, …, had been serving a sentence" comes back with "Afghan" as
 * the participle's nsubj and "Washington" as its obl:by. A participle (VBN) with no auxiliary of
 * its own (no "has freed", no "was freed") cannot be an active finite verb, so its by-phrase is the
 * doer and its subject the one it was done to.
 */
final class UnmarkedPassive {

    private UnmarkedPassive() {
    }

    /** Whether {@code verb} is a bare participle with a by-agent and an nsubj the parser gave it (not one it marked passive). */
    static boolean applies(SentenceGraph graph, int verb) {
        if (!"VBN".equals(graph.token(verb).partOfSpeech()) || graph.isPassive(verb)) {
            return false;
        }
        boolean subject = false;
        for (Dependency arc : graph.dependents(verb)) {
            String relation = arc.relation();
            if (relation.equals("aux") || relation.startsWith("aux:") || relation.equals("cop")) {
                return false;
            }
            subject |= relation.equals("nsubj");
        }
        return subject && !agents(graph, verb).isEmpty();
    }

    /** The doers: the participle's by-phrase, but not a measure ("shortened by one hour the curfew"). */
    static List<Integer> agents(SentenceGraph graph, int verb) {
        return graph.dependentsByRelation(verb, "obl:agent", "obl:by").stream()
                .filter(agent -> graph.dependentsByRelation(agent, "nummod").isEmpty())
                .toList();
    }

    /** The ones it was done to: the nsubj the parser gave the participle. */
    static List<Integer> patients(SentenceGraph graph, int verb) {
        return graph.dependentsByRelation(verb, "nsubj");
    }
}
