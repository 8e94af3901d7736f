package org.annalist.events;

import java.util.List;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Mends the parse of a verb that follows a closed quotation: in "Lukashenko said the closure was
 * “a provocation by people who take orders from Brussels” and warned that …", "the envoy urged both
 * countries to avoid “any step that could inflame the situation” and offered to host talks" or "the
 * mission said it had found “no evidence of irregularities that could change the outcome” and called
 * on all parties …" the parser joins the second verb as a conjunct to a word inside the quotation
 * ("take", "inflame", "change"), so it gets the quoted noun ("people", "step", "irregularities") or
 * nothing as its subject. Once the quotation has closed, its words cannot be the coordinate: the verb
 * is done by the subject of the outermost clause that holds the quotation and begins before it (the
 * speaker who said, urged or told). Only a finite verb right after the closing quote mark and its
 * conjunction, with no subject of its own in the basic tree, and only when the word it is joined to
 * lies inside that quotation. A finite form is read as active even when the quoted passive lent it
 * a passive subject ("should not be “dragged into confrontation” and accused Australia"); a bare
 * past participle only when it has no passive subject.
 */
final class QuotedConjunct {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ");
    private static final int MAXIMUM_STEPS = 8;

    private QuotedConjunct() {}

    /** The subject of the clause that holds the quotation, or empty when the verb is not in that shape. */
    static List<Integer> subjectOf(SentenceGraph graph, int verb) {
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || !up.relation().equals("conj") || up.governor() > verb || hasSubject(graph, verb)) {
            return List.of();
        }
        String form = graph.token(verb).partOfSpeech();
        if (!(FINITE.contains(form) || form.equals("VBN") && !hasAuxiliary(graph, verb) && !graph.isPassive(verb))) {
            return List.of();
        }
        int joined = up.governor();
        int close = verb - 1;
        while (close > joined && isLink(graph.token(close))) {
            close--;
        }
        if (close <= joined || !graph.token(close).partOfSpeech().equals("''") || close == verb - 1) {
            return List.of();
        }
        int open = -1;
        for (int index = joined - 1; index >= 0; index--) {
            String tag = graph.token(index).partOfSpeech();
            if (tag.equals("''")) {
                return List.of();
            }
            if (tag.equals("``")) {
                open = index;
                break;
            }
        }
        if (open < 0) {
            return List.of();
        }
        List<Integer> found = List.of();
        int node = joined;
        for (int step = 0; step < MAXIMUM_STEPS; step++) {
            Dependency head = graph.basicHead(node);
            if (head == null || head.governor() < 0) {
                break;
            }
            node = head.governor();
            if (node >= open || !graph.token(node).isVerb() && !graph.token(node).isNoun() && !graph.token(node).partOfSpeech().startsWith("JJ")) {
                continue;
            }
            for (Dependency arc : graph.basicDependents(node)) {
                if (arc.relation().equals("nsubj") && arc.dependent() < open && !graph.token(arc.dependent()).partOfSpeech().startsWith("W")) {
                    found = List.of(arc.dependent());
                }
            }
        }
        return found;
    }

    /** A conjunction or comma between the closing quote mark and the verb ("” and warned", "”, and called"). */
    private static boolean isLink(Token token) {
        return token.partOfSpeech().equals("CC") || token.text().equals(",");
    }

    private static boolean hasSubject(SentenceGraph graph, int token) {
        return graph.basicDependents(token).stream().anyMatch(arc -> arc.relation().startsWith("nsubj"));
    }

    private static boolean hasAuxiliary(SentenceGraph graph, int token) {
        return graph.basicDependents(token).stream().anyMatch(arc -> arc.relation().startsWith("aux"));
    }
}
