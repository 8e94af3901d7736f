package org.annalist.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Mends a parser error on a subject followed by a parenthetical: in "The African Union, which
 * suspended Madagascar after the takeover, backed the SADC position" or "Murillo, who shares power
 * with her husband, accused the bishops of conspiring" the parser may hang the main verb on the
 * subject noun as a relative clause, an unlabelled dependent or a complement, leaving it without a
 * subject or with a noun of the parenthetical as one ("power"). When a verb hangs so from a noun
 * before it, a comma right after that noun (or a conjunct of it) opens the parenthetical, another
 * closes it right before the verb and its auxiliaries, and the verb has no subject outside it, the
 * noun is the verb's subject. ({@link StrandedMainVerb} mends the shape where the main verb hangs
 * from the relative clause's own verb.)
 */
final class ParentheticalSubject {

    /** How the parser hangs the main verb on the subject noun. */
    private static final Set<String> MISATTACHED = Set.of("acl:relcl", "dep", "ccomp");

    private ParentheticalSubject() {}

    /** The noun that is the verb's real subject, given the subjects the parse gave it, or empty when the verb is not in that shape. */
    static Optional<Integer> of(SentenceGraph graph, int verb, List<Integer> parsedSubjects) {
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || up.governor() >= verb || !MISATTACHED.contains(up.relation())
                || !graph.token(up.governor()).isNoun() || graph.isPassive(verb)) {
            return Optional.empty();
        }
        int noun = up.governor();
        int opening = -1;
        for (int member : RoleFillers.withConjuncts(graph, noun)) {
            if (member + 1 < verb && graph.token(member + 1).text().equals(",")) {
                opening = Math.max(opening, member + 1);
            }
        }
        if (opening < 0) {
            return Optional.empty();
        }
        int closing = verb - 1;
        while (closing > opening && isVerbModifier(graph, closing, verb)) {
            closing--;
        }
        if (closing <= opening + 1 || !graph.token(closing).text().equals(",")) {
            return Optional.empty();
        }
        final int start = opening;
        final int end = closing;
        if (parsedSubjects.stream().anyMatch(subject -> subject < start || subject > end)) {
            return Optional.empty();
        }
        return Optional.of(noun);
    }

    /** An auxiliary or adverb of the verb ("have invited", "later lifted"). */
    private static boolean isVerbModifier(SentenceGraph graph, int token, int verb) {
        Dependency head = graph.basicHead(token);
        Token word = graph.token(token);
        return head != null && head.governor() == verb && (head.relation().equals("aux") || head.relation().startsWith("advmod"))
                && !word.text().equals(",");
    }
}
