package org.annalist.events;

import java.util.List;
import java.util.Locale;
import org.annalist.events.patterns.ComplementCondition;
import org.annalist.events.patterns.RoleSource;
import org.annalist.events.patterns.WordLists;
import org.annalist.events.patterns.WordLists.ListName;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Warnings that name no one: "Whoever fires at Israel will pay", "Those who order violence against
 * peaceful demonstrators will face consequences", "warned that anyone who attacked officers would
 * be dealt with". The subject (or, as a target, the warned party) is a {@code generic-referent}
 * word, usually with a relative clause; the warning is a threat, and it is aimed at nobody the
 * text names, so no recipient rule may invent one (the domestic rule made the speaker's own
 * country the target).
 */
final class GenericReferent {

    private GenericReferent() {}

    /** Whether the verb's subject (nsubj, nsubj:pass, or the nsubj of a clausal subject) is a generic referent. */
    static boolean hasGenericSubject(SentenceGraph graph, int verb, WordLists words) {
        for (Dependency arc : graph.dependents(verb)) {
            String relation = arc.relation();
            if ((relation.equals("nsubj") || relation.equals("nsubj:pass")) && isGeneric(graph.token(arc.dependent()), words)) {
                return true;
            }
            if (relation.startsWith("csubj")) {
                // "Whoever fires at Israel will pay": the subject is a clause whose own subject is "whoever"
                for (Dependency inner : graph.dependents(arc.dependent())) {
                    if (inner.relation().startsWith("nsubj") && isGeneric(graph.token(inner.dependent()), words)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a threat is aimed at nobody named: a warning pattern whose subject is "whoever" or
     * "anyone who" (not "those who", value {@code group}, an unnamed side), or a threat whose
     * recipient role points at such a word ("warned that anyone who attacks officers …").
     */
    static boolean warnsNobody(SentenceGraph graph, TriggerMatch match, RoleFillers roles, WordLists words) {
        if (!match.pattern().event().equals("THREATEN")) {
            return false;
        }
        List<Integer> targets = new java.util.ArrayList<>();
        for (RoleSource source : match.pattern().recipient()) {
            targets.addAll(roles.fillers(graph, match, source));
        }
        if (match.pattern().complementCondition() == ComplementCondition.WARNING) {
            for (Dependency arc : graph.dependents(match.head())) {
                if (arc.relation().equals("nsubj") || arc.relation().equals("nsubj:pass")) {
                    targets.add(arc.dependent());
                }
                if (arc.relation().startsWith("csubj")) {
                    graph.dependents(arc.dependent()).stream().filter(inner -> inner.relation().startsWith("nsubj"))
                            .forEach(inner -> targets.add(inner.dependent()));
                }
            }
        }
        return targets.stream().anyMatch(token -> isGeneric(graph.token(token), words)
                && !"group".equals(value(graph.token(token), words)));
    }

    private static String value(Token token, WordLists words) {
        String lemma = (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
        return words.value(ListName.GENERIC_REFERENT, lemma).or(() -> words.value(ListName.GENERIC_REFERENT,
                token.text().toLowerCase(Locale.ROOT))).orElse("");
    }

    private static boolean isGeneric(Token token, WordLists words) {
        String lemma = (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
        return words.containsEither(ListName.GENERIC_REFERENT, lemma, token.text().toLowerCase(Locale.ROOT));
    }
}
