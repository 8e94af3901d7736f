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
 * past participle only when it has no passive subject. The same holds for a finite verb there whose
 * only subject the parser found inside the quotation ({@link #borrowedSubjectSpeaker}).
 */
final class QuotedConjunct {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ");
    private static final int MAXIMUM_STEPS = 8;

    private QuotedConjunct() {}

    /** The subject of the clause that holds the quotation, or empty when the verb is not in that shape. */
    static List<Integer> subjectOf(SentenceGraph graph, int verb) {
        List<Integer> borrowed = borrowedSubjectSpeaker(graph, verb);
        if (!borrowed.isEmpty()) {
            return borrowed;
        }
        Dependency up = graph.basicHead(verb);
        if (up == null || up.governor() < 0 || !up.relation().equals("conj") || up.governor() > verb || hasSubject(graph, verb)) {
            return List.of();
        }
        String form = graph.token(verb).partOfSpeech();
        if (!(FINITE.contains(form) || form.equals("VBN") && !hasAuxiliary(graph, verb) && !graph.isPassive(verb))) {
            return List.of();
        }
        int joined = up.governor();
        if (closingQuoteBefore(graph, verb, joined) < 0) {
            return List.of();
        }
        int open = openingBefore(graph, joined);
        if (open < 0) {
            return List.of();
        }
        return speakerOf(graph, joined, open);
    }

    /**
     * The other shape of the same slip: "the group said the attackers were “bandits wearing stolen uniforms”
     * and accused the army of …" parsed with the quoted "bandits" as the subject of "accused" (and "were" as
     * its auxiliary). A finite verb right after a closed quotation whose only subjects lie inside it is
     * done by the subject of the clause that holds the quotation, found up from the verb itself.
     */
    private static List<Integer> borrowedSubjectSpeaker(SentenceGraph graph, int verb) {
        if (!FINITE.contains(graph.token(verb).partOfSpeech())) {
            return List.of();
        }
        int close = closingQuoteBefore(graph, verb, 0);
        if (close < 0) {
            return List.of();
        }
        int open = openingBefore(graph, close);
        List<Integer> subjects = graph.basicDependents(verb).stream().filter(arc -> arc.relation().startsWith("nsubj"))
                .map(Dependency::dependent).toList();
        if (open < 0 || subjects.isEmpty() || !subjects.stream().allMatch(subject -> subject > open && subject < close)) {
            return List.of();
        }
        return speakerOf(graph, verb, open);
    }

    /**
     * The closing quote mark the verb follows across its conjunction or comma ("” and warned", "”, and
     * called"), after token {@code floor}; -1 when the verb does not follow one so.
     */
    private static int closingQuoteBefore(SentenceGraph graph, int verb, int floor) {
        int close = verb - 1;
        while (close > floor && isLink(graph.token(close))) {
            close--;
        }
        return close > floor && close != verb - 1 && graph.token(close).partOfSpeech().equals("''") ? close : -1;
    }

    /** The opening quote mark of the quotation a token lies in, or -1 when none opens before it. */
    private static int openingBefore(SentenceGraph graph, int token) {
        for (int index = token - 1; index >= 0; index--) {
            String tag = graph.token(index).partOfSpeech();
            if (tag.equals("''")) {
                return -1;
            }
            if (tag.equals("``")) {
                return index;
            }
        }
        return -1;
    }

    /** The subject, before the quotation, of the outermost clause above {@code start} that holds it. */
    private static List<Integer> speakerOf(SentenceGraph graph, int start, int open) {
        List<Integer> found = List.of();
        int node = start;
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
