package org.annalist.quotes;

import java.util.BitSet;
import java.util.Optional;
import java.util.Set;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/** The text of a report: from a set of a sentence's tokens to the words it counts and the character span it covers. */
final class ReportSpan {

    /** Words that join a second reported clause to the first ("and that …"). */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");

    private ReportSpan() {}

    static int words(Sentence sentence, BitSet members) {
        int count = 0;
        for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
            if (!Syntax.isPunctuation(sentence.token(i))) {
                count++;
            }
        }
        return count;
    }

    /**
     * The character span from the first to the last member, without a leading "that" (except right
     * after a coordinator: "and that …"), leading or trailing punctuation and coordinators; empty
     * when no word is left.
     */
    static Optional<int[]> span(Sentence sentence, BitSet members) {
        int first = members.nextSetBit(0);
        int last = members.length() - 1;
        while (first >= 0 && first <= last && isEdgeFiller(sentence, first, true)) {
            first = members.nextSetBit(first + 1);
        }
        while (last >= first && first >= 0 && isEdgeFiller(sentence, last, false)) {
            last = members.previousSetBit(last - 1);
        }
        if (first < 0 || last < first) {
            return Optional.empty();
        }
        return Optional.of(new int[] {sentence.token(first).start(), sentence.token(last).end()});
    }

    private static boolean isEdgeFiller(Sentence sentence, int token, boolean leading) {
        Token word = sentence.token(token);
        if (Syntax.isPunctuation(word)) {
            return true;
        }
        String relation = Syntax.baseRelation(Syntax.relation(sentence, token));
        if (relation.equals("cc") && !Syntax.relation(sentence, token).equals("cc:preconj")) {
            return true; // not "neither" or "both" opening the report ("said neither government wanted the row")
        }
        // the complementiser "that", however the parser labelled it; not "that claim" or "that was all";
        // kept after a coordinator ("said A and that no shots were fired"): there the "that" is what
        // still marks the second clause as reported, and the newer gold sets write it (docs/quotes.md)
        return leading && word.text().equalsIgnoreCase("that") && !Set.of("det", "nsubj", "obj", "nsubj:pass").contains(relation)
                && !(token > 0 && COORDINATORS.contains(sentence.token(token - 1).text().toLowerCase(java.util.Locale.ROOT)));
    }
}
