package org.annalist.evaluation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Lenient comparison of names and quote texts, as a human grader would compare them. */
final class Names {

    private Names() {}

    /** Lower case, no diacritics, punctuation as spaces, single spaces. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Whether a system name refers to the gold name: equal, one containing the other as whole
     * words ("Ashtiani" / "Mohammad-Reza Ashtiani"), or the same last word and first initial.
     */
    static boolean sameName(String system, String gold) {
        String a = normalize(system);
        String b = normalize(gold);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b) || (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ")) {
            return true;
        }
        List<String> x = Arrays.asList(a.split(" "));
        List<String> y = Arrays.asList(b.split(" "));
        return x.size() > 1 && y.size() > 1 && x.get(x.size() - 1).equals(y.get(y.size() - 1)) && x.get(0).charAt(0) == y.get(0).charAt(0);
    }

    /**
     * How closely a system name that {@link #sameName} accepts matches the gold name, for choosing
     * among several: 0 equal, 1 one containing the other as whole words, 2 only the same last word
     * and first initial ("Romania's foreign ministry" for "Russia's Foreign Ministry" is such a
     * match, and must not win over an equal or containing name).
     */
    static int closeness(String system, String gold) {
        String a = normalize(system);
        String b = normalize(gold);
        if (a.equals(b)) {
            return 0;
        }
        return (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ") ? 1 : 2;
    }

    /** Whether the system's quote text contains the gold piece of it. */
    static boolean quoteContains(String system, String goldPiece) {
        String piece = normalize(goldPiece);
        return !piece.isEmpty() && normalize(system).contains(piece);
    }
}
