package org.annalist.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/** Questions about one sentence's dependency parse that attributing a quotation asks. */
final class Syntax {

    /** Relations through which a verb without a subject of its own takes its governor's. */
    private static final Set<String> SUBJECT_SHARING = Set.of("advcl", "xcomp", "conj");
    private static final Set<String> AUXILIARY = Set.of("aux", "cop");

    private Syntax() {}

    /** The token and all its descendants in the basic tree. */
    static BitSet subtree(Sentence sentence, int head) {
        BitSet members = new BitSet();
        members.set(head);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Dependency arc : sentence.dependencies()) {
                if (arc.governor() >= 0 && members.get(arc.governor()) && !members.get(arc.dependent())) {
                    members.set(arc.dependent());
                    grew = true;
                }
            }
        }
        return members;
    }

    /** The token's head in the basic tree, or {@link Dependency#ROOT}. */
    static int head(Sentence sentence, int token) {
        return sentence.headArc(token).map(Dependency::governor).orElse(Dependency.ROOT);
    }

    static String relation(Sentence sentence, int token) {
        return sentence.headArc(token).map(Dependency::relation).orElse("root");
    }

    /** A verb that carries meaning: not an auxiliary or copula. */
    static boolean isContentVerb(Sentence sentence, int token) {
        return sentence.token(token).isVerb() && !AUXILIARY.contains(baseRelation(relation(sentence, token)));
    }

    static String baseRelation(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /**
     * The subject of a verb: an active subject in the enhanced graph (which already shares
     * subjects across conjuncts and relative clauses), else in the basic tree, else the subject of
     * the verb it hangs from ("said, reminding that …" takes the subject of "said").
     */
    static Subject subjectOf(Sentence sentence, int verb) {
        int current = verb;
        for (int depth = 0; depth < 4 && current >= 0; depth++) {
            int own = ownSubject(sentence, current);
            if (own >= 0) {
                return new Subject(own, depth > 0);
            }
            String relation = baseRelation(relation(sentence, current));
            if (relation.equals("acl") && isParticipleAfterComma(sentence, current)) {
                current = head(sentence, current); // "rejected the accusation, saying …": the noun …
                current = head(sentence, current); // … and the verb it is the object of
                continue;
            }
            if (!SUBJECT_SHARING.contains(relation)) {
                break;
            }
            current = head(sentence, current);
        }
        return new Subject(-1, false);
    }

    /** "…, saying": a participle set off by a comma qualifies the clause, not the noun before it. */
    private static boolean isParticipleAfterComma(Sentence sentence, int token) {
        return sentence.token(token).partOfSpeech().equals("VBG") && token > 0 && sentence.token(token - 1).text().equals(",");
    }

    private static int ownSubject(Sentence sentence, int verb) {
        for (Dependency arc : sentence.enhancedDependentArcs(verb)) {
            if (isActiveSubject(arc.relation()) && !sentence.token(arc.dependent()).partOfSpeech().startsWith("W")) {
                return arc.dependent();
            }
        }
        for (Dependency arc : sentence.dependentArcs(verb)) {
            if (isActiveSubject(arc.relation())) {
                return arc.dependent();
            }
        }
        return -1;
    }

    private static boolean isActiveSubject(String relation) {
        return relation.equals("nsubj") || relation.equals("nsubj:xsubj");
    }

    /**
     * Tokens that may name the speaker, best first: the subject's head, then the name in
     * apposition ("the spokesman, Mehdi Sadeghian,"), then the parts of a compound name.
     */
    static List<Integer> speakerCandidates(Sentence sentence, int subject) {
        List<Integer> candidates = new ArrayList<>();
        candidates.add(subject);
        for (Dependency arc : sentence.dependentArcs(subject)) {
            if (arc.baseRelation().equals("appos")) {
                candidates.add(arc.dependent());
            }
        }
        for (Dependency arc : sentence.dependentArcs(subject)) {
            String base = arc.baseRelation();
            if (base.equals("compound") || base.equals("flat")) {
                candidates.add(arc.dependent());
            }
        }
        return candidates;
    }

    /** Whether the token is punctuation (including quote marks). */
    static boolean isPunctuation(Token token) {
        for (int i = 0; i < token.text().length(); i++) {
            if (Character.isLetterOrDigit(token.text().charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A verb's subject token (or -1) and whether it came from the verb it hangs from. */
    record Subject(int token, boolean inherited) {
        boolean found() {
            return token >= 0;
        }
    }
}
