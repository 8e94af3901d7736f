package org.annalist.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The shape of a reported clause in a parse the parser may have broken: whether a word opens or
 * marks a clause, carries a finite auxiliary, has a subject of its own, or follows the clause
 * found so far. Used by {@link IndirectSpeechFinder} to repair clauses the parser cut short or
 * hung from the wrong word.
 */
final class ClauseShapes {

    /** Prepositions that introduce an appeal's or charge's content ("accused X of", "called for", "urged X to"). */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("of", "for", "to");
    /** Finite verb tags: an auxiliary in one of them makes a clause ("had", "were", "would"). */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Words that open a clause qualifying the report's own clause ("said the riot began when guards tried …"). */
    private static final Set<String> SUBORDINATORS = Set.of("when", "because", "until", "unless", "while", "although", "since", "before", "after");

    private ClauseShapes() {}

    /**
     * "said Israel had stopped the entry of aid trucks", "said both governments were using the
     * border", "said a further package … was being prepared": the parser takes the reported
     * clause's subject for the reporting verb's object and leaves the clause's predicate a loose
     * dependent without a subject. A loose predicate after the object that carries a finite
     * auxiliary or copula of its own (had, were, was, would …) shows the object was its subject.
     * The predicate's token, or -1.
     */
    static int predicateAfterObject(Sentence sentence, int verb) {
        int object = -1;
        for (Dependency arc : sentence.dependentArcs(verb)) {
            if (arc.baseRelation().equals("obj") && arc.dependent() > verb) {
                object = arc.dependent();
            }
        }
        if (object < 0) {
            return -1;
        }
        List<Dependency> arcs = new ArrayList<>(sentence.dependentArcs(verb));
        if (Syntax.baseRelation(Syntax.relation(sentence, verb)).equals("conj")) {
            // "accused Benin of … and said the border would stay closed" with "stay" hung from "accused"
            arcs.addAll(sentence.dependentArcs(Syntax.head(sentence, verb)));
        }
        for (Token token : sentence.tokens()) {
            if (token.index() > object && Syntax.head(sentence, token.index()) == Dependency.ROOT) {
                // "… and said the crossing would remain shut" with "remain" made the sentence's root
                arcs.add(new Dependency("dep", Dependency.ROOT, token.index()));
            }
        }
        for (Dependency arc : arcs) {
            int predicate = arc.dependent();
            // an "xcomp" with a finite auxiliary of its own is no infinitive: "said Paris would deliver …"
            boolean loose = Set.of("dep", "parataxis", "ccomp", "xcomp").contains(arc.baseRelation()) && !hasOwnSubject(sentence, predicate);
            // "said the use of food as a weapon was “…”": the "as" phrase made a clause of its own
            boolean asPhrase = arc.baseRelation().equals("advcl") && hasMarker(sentence, predicate, "as");
            // "said Kim and Belousov agreed to hold …": a finite verb right after the object phrase
            boolean finiteNext = FINITE.contains(sentence.token(predicate).partOfSpeech())
                    && Syntax.subtree(sentence, object).length() == predicate;
            if (predicate > object && (loose || asPhrase) && (hasFiniteAuxiliaryBefore(sentence, predicate, object) || finiteNext)) {
                return predicate;
            }
        }
        return -1;
    }

    static boolean hasMarker(Sentence sentence, int head, String word) {
        return sentence.dependentArcs(head).stream()
                .anyMatch(arc -> arc.baseRelation().equals("mark") && sentence.token(arc.dependent()).text().equalsIgnoreCase(word));
    }

    /** An auxiliary or copula in a finite form between the object and the predicate ("had stopped", "were using", "was … prepared"). */
    static boolean hasFiniteAuxiliaryBefore(Sentence sentence, int predicate, int object) {
        for (Dependency arc : sentence.dependentArcs(predicate)) {
            String base = arc.baseRelation();
            if ((base.equals("aux") || base.equals("cop")) && arc.dependent() > object && arc.dependent() < predicate
                    && FINITE.contains(sentence.token(arc.dependent()).partOfSpeech())) {
                return true;
            }
        }
        return false;
    }

    static boolean hasOwnSubject(Sentence sentence, int verb) {
        for (Dependency arc : sentence.dependentArcs(verb)) {
            if (arc.baseRelation().equals("nsubj")) {
                return true;
            }
        }
        return false;
    }

    static boolean noVerbBetween(Sentence sentence, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (Syntax.isContentVerb(sentence, i)) {
                return false;
            }
        }
        return true;
    }

    /** "when guards tried …", "because the road was closed": the clause's first word is a subordinator. */
    static boolean opensWithSubordinator(Sentence sentence, int head) {
        int first = Syntax.subtree(sentence, head).nextSetBit(0);
        return first < head && SUBORDINATORS.contains(sentence.token(first).text().toLowerCase(Locale.ROOT));
    }

    /** Whether the part's words start right after the members, with at most punctuation between. */
    static boolean follows(Sentence sentence, BitSet members, int part) {
        int first = Syntax.subtree(sentence, part).nextSetBit(0);
        for (int i = members.length(); i < first; i++) {
            if (!Syntax.isPunctuation(sentence.token(i)) || sentence.token(i).text().equals(",")) {
                return false;
            }
        }
        return first >= members.length();
    }

    /** "of continuing operations": the phrase's first word after its preposition is a gerund. */
    static boolean startsWithGerund(Sentence sentence, int head) {
        int first = Syntax.subtree(sentence, head).nextSetBit(0);
        return first + 1 < sentence.tokens().size() && sentence.token(first + 1).partOfSpeech().equals("VBG");
    }

    static boolean introducedBy(Sentence sentence, int head) {
        for (Dependency arc : sentence.dependentArcs(head)) {
            String base = arc.baseRelation();
            if ((base.equals("case") || base.equals("mark"))
                    && COMPLEMENT_PREPOSITIONS.contains(sentence.token(arc.dependent()).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
