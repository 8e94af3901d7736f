package org.annalist.events;

import java.util.Optional;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * Mends one frequent parser error of agency copy: in "said India would not hold talks with
 * Pakistan" the parser may take "India" as the object of "said" and attach "hold" to "said" as an
 * unlabelled dependent, leaving the reported verb without a subject. When a verb with a modal
 * auxiliary has no subject, hangs from a verb of saying by {@code dep} or {@code ccomp}, and that
 * verb's object is the noun right before the verb's own auxiliaries and adverbs, the object is
 * the reported clause's subject. The same error comes inverted: the reported verb is the root and
 * "said" hangs from it as a parataxis whose object is the subject ("a senior official said Phnom
 * Penh would not withdraw its troops"), or as its clausal subject ({@code csubj}: "officials said
 * Amman would not cancel the deal"). A finite verb without a modal is read the same way when it
 * hangs from the verb of saying by {@code dep}, {@code ccomp} or {@code xcomp} (the parser's usual
 * reading of a quoted predicate: "said Cairo “fully supports the unity of Somalia”"), as is a
 * participle with a finite auxiliary ("said Israel had stopped the entry of aid trucks"). A list of
 * subjects ("said Japan, South Korea and the United States would hold …") counts when its last
 * conjunct stands right before the verb.
 */
final class DetachedSubject {

    private DetachedSubject() {}

    /** Finite verb forms that can carry a reported clause without a modal ("Cairo fully supports"). */
    private static final java.util.Set<String> FINITE = java.util.Set.of("VBZ", "VBD", "VBP");

    /** Quotation marks that may open a quoted predicate between its subject and verb. */
    private static final java.util.Set<String> QUOTATION_MARKS = java.util.Set.of("\"", "“", "``", "'", "‘");

    /** The token that is the verb's real subject, when the parse detached it as described. */
    static Optional<Integer> of(SentenceGraph graph, int verb) {
        boolean modal = graph.basicDependents(verb).stream()
                .anyMatch(arc -> arc.relation().equals("aux") && graph.token(arc.dependent()).partOfSpeech().equals("MD"));
        // "said Israel had stopped the entry of aid trucks": a participle whose auxiliary is finite reads as a finite verb
        boolean finite = FINITE.contains(graph.token(verb).partOfSpeech()) || graph.basicDependents(verb).stream()
                .anyMatch(arc -> arc.relation().equals("aux") && FINITE.contains(graph.token(arc.dependent()).partOfSpeech()));
        if (!modal && !finite) {
            return Optional.empty();
        }
        Dependency up = graph.basicHead(verb);
        if (up != null && up.governor() >= 0 && (up.relation().equals("dep") || up.relation().equals("ccomp")
                || !modal && up.relation().equals("xcomp"))) {
            Optional<Integer> subject = objectBefore(graph, up.governor(), verb);
            // "praised Koror … and said Taipei would donate a patrol boat" with "donate" hung on "praised":
            // the verb of saying is a conjunct of the verb it hangs from, standing between the two
            for (Dependency arc : graph.basicDependents(up.governor())) {
                if (subject.isEmpty() && arc.relation().startsWith("conj") && arc.dependent() < verb && graph.token(arc.dependent()).isVerb()) {
                    subject = objectBefore(graph, arc.dependent(), verb);
                }
            }
            return subject;
        }
        if (!modal) {
            return Optional.empty();
        }
        // "an official said Phnom Penh would not withdraw": the reported verb became the root and
        // the verb of saying a parataxis (or its clausal subject) before it, with the subject as its object
        // (the enhanced parse, which gives the clausal subject to each conjoined verb of saying:
        // "accused Yerevan of … and said Russia would recall its ambassador")
        for (Dependency arc : graph.dependents(verb)) {
            if ((arc.relation().equals("parataxis") || arc.relation().equals("csubj")) && arc.dependent() < verb
                    && graph.token(arc.dependent()).isVerb()) {
                Optional<Integer> subject = objectBefore(graph, arc.dependent(), verb);
                if (subject.isPresent()) {
                    return subject;
                }
            }
        }
        return Optional.empty();
    }

    /** The object of the saying verb that stands right before the reported verb's auxiliaries. */
    private static Optional<Integer> objectBefore(SentenceGraph graph, int sayingVerb, int verb) {
        for (Dependency arc : graph.basicDependents(sayingVerb)) {
            if (!arc.relation().equals("obj") || arc.dependent() >= verb) {
                continue;
            }
            Token object = graph.token(arc.dependent());
            // "said Japan, South Korea and the United States would hold …": the last conjunct stands before the verb
            int last = arc.dependent();
            for (Dependency conjunct : graph.basicDependents(arc.dependent())) {
                if (conjunct.relation().startsWith("conj") && conjunct.dependent() > last && conjunct.dependent() < verb) {
                    last = conjunct.dependent();
                }
            }
            if (!(object.isNoun() || object.isPronoun()) || !onlyVerbModifiersBetween(graph, last, verb)) {
                continue;
            }
            return Optional.of(arc.dependent());
        }
        return Optional.empty();
    }

    /** Whether every token strictly between the object and the verb is an auxiliary, adverb or opening quotation mark of the verb. */
    private static boolean onlyVerbModifiersBetween(SentenceGraph graph, int object, int verb) {
        for (int between = object + 1; between < verb; between++) {
            Dependency head = graph.basicHead(between);
            // an opening quotation mark may hang from the verb of saying instead ("said Cairo "fully supports …"")
            boolean quotation = head != null && head.relation().equals("punct") && QUOTATION_MARKS.contains(graph.token(between).text());
            if (quotation) {
                continue;
            }
            if (head == null || head.governor() != verb
                    || !(head.relation().equals("aux") || head.relation().startsWith("advmod"))) {
                return false;
            }
        }
        return object + 1 < verb;
    }
}
