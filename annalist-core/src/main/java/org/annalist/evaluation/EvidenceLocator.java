package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;

/**
 * Finds the sentences a gold event's evidence text comes from. Gold evidence is copied from the
 * article by hand, so it may differ from the text in spacing, quotation marks, apostrophes or
 * dashes and in case; both are compared in a plain form (straight quotes, hyphens, single
 * spaces, lower case) whose positions map back to the article's characters. Some gold sets
 * (the PLOVER records) give key words of the sentence rather than a piece of it ("agreed lift
 * embargoes sales"); when the text is not found whole, the sentence holding the most of those
 * words, at least half of them, is taken.
 */
final class EvidenceLocator {

    private final AnnotatedDocument document;
    private final Plain plainText;

    EvidenceLocator(AnnotatedDocument document) {
        this.document = document;
        this.plainText = Plain.of(document.text());
    }

    /**
     * Where the evidence is: the sentences it overlaps, in order, and its characters (the whole
     * sentence when only its key words were found).
     */
    record Location(List<Integer> sentences, int start, int end) {

        static final Location NOWHERE = new Location(List.of(), 0, 0);

        boolean found() {
            return !sentences.isEmpty();
        }
    }

    /** Where the evidence is; {@link Location#NOWHERE} when it is not in the text. */
    Location locate(String evidence) {
        if (evidence == null || evidence.isBlank()) {
            return Location.NOWHERE;
        }
        String wanted = Plain.of(evidence.strip()).text();
        int at = plainText.text().indexOf(wanted);
        if (at < 0 || wanted.isEmpty()) {
            return sentenceWithMostOf(wanted);
        }
        int start = plainText.originalOffset(at);
        int end = plainText.originalOffset(at + wanted.length() - 1) + 1;
        List<Integer> overlapped = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            if (sentence.start() < end && start < sentence.end()) {
                overlapped.add(sentence.index());
            }
        }
        return new Location(overlapped, start, end);
    }

    private Location sentenceWithMostOf(String keyWords) {
        Set<String> wanted = new HashSet<>(Arrays.asList(keyWords.split("[^\\p{L}\\p{N}]+")));
        wanted.remove("");
        int best = -1;
        int bestFound = 0;
        for (Sentence sentence : document.sentences()) {
            Set<String> words = new HashSet<>();
            sentence.tokens().forEach(token -> words.add(token.text().toLowerCase(Locale.ROOT)));
            int found = (int) wanted.stream().filter(words::contains).count();
            if (found > bestFound) {
                best = sentence.index();
                bestFound = found;
            }
        }
        if (best < 0 || 2 * bestFound < wanted.size()) {
            return Location.NOWHERE;
        }
        Sentence sentence = document.sentences().get(best);
        return new Location(List.of(best), sentence.start(), sentence.end());
    }

    /** A text in plain form, with each plain character's offset in the original. */
    /** The text in the plain form evidence is compared in (straight quotes, hyphens, single spaces, lower case). */
    static String plain(String text) {
        return Plain.of(text).text();
    }

    private record Plain(String text, int[] offsets) {

        static Plain of(String original) {
            StringBuilder plain = new StringBuilder(original.length());
            int[] offsets = new int[original.length()];
            boolean lastWasSpace = true;
            for (int i = 0; i < original.length(); i++) {
                char c = plainCharacter(original.charAt(i));
                boolean space = Character.isWhitespace(c);
                if (space && lastWasSpace) {
                    continue;
                }
                offsets[plain.length()] = i;
                plain.append(space ? ' ' : Character.toLowerCase(c));
                lastWasSpace = space;
            }
            return new Plain(plain.toString(), offsets);
        }

        private static char plainCharacter(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00A0' -> ' ';
                default -> c;
            };
        }

        int originalOffset(int plainOffset) {
            return offsets[plainOffset];
        }
    }
}
