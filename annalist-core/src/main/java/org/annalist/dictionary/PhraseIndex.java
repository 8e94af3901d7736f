package org.annalist.dictionary;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.language.Token;

/**
 * Finds dictionary phrases in a sentence's tokens, longest first.
 *
 * <p>Matching works on the article's characters between token boundaries, not on token
 * strings, so a phrase matches however the tokenizer split it ("People's", "U.S.",
 * "Mohammad-Reza"). Keys are normalised once at construction (lower case, curly apostrophe
 * as straight, one space between words, no leading "the"). Acronyms (no lower-case letter,
 * at least two capitals: "UN", "WHO", "U.S."; short mixed-case forms: "LeT") match only as written, so the pronoun "us" is
 * never the United States. Built once per dictionary, immutable, safe to share across threads.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

    /** A phrase found in a sentence: tokens {@code [firstToken, endToken)}. */
    public record Match<T>(int firstToken, int endToken, String phrase, T value) {}

    private final Map<String, T> folded;
    private final Map<String, T> exact;
    private final int longestInTokens;

    private PhraseIndex(Map<String, T> folded, Map<String, T> exact, int longestInTokens) {
        this.folded = Collections.unmodifiableMap(folded);
        this.exact = Collections.unmodifiableMap(exact);
        this.longestInTokens = longestInTokens;
    }

    /** Collects phrases; a later {@link #put} of the same phrase replaces the earlier value. */
    public static final class Builder<T> {
        private final Map<String, T> folded = new HashMap<>();
        private final Map<String, T> exact = new HashMap<>();
        private int longestInWords = 1;

        public Builder<T> put(String phrase, T value) {
            String cleaned = collapseSpaces(phrase.strip().replace('\u2019', '\''));
            if (cleaned.isEmpty()) {
                return this;
            }
            if (isAcronym(cleaned)) {
                exact.put(cleaned, value);
            } else {
                folded.put(fold(cleaned), value);
            }
            longestInWords = Math.max(longestInWords, cleaned.split("[ \\-']").length);
            return this;
        }

        public PhraseIndex<T> build() {
            // Tokenizers split hyphens, apostrophes and final dots: allow for that.
            return new PhraseIndex<>(new HashMap<>(folded), new HashMap<>(exact), longestInWords * 2 + 1);
        }
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The value of a phrase as a whole, e.g. a title already cut out of the text. */
    public Optional<T> lookup(String phrase) {
        String cleaned = collapseSpaces(phrase.strip().replace('\u2019', '\''));
        T value = exact.get(cleaned);
        if (value == null) {
            value = folded.get(fold(cleaned));
        }
        return Optional.ofNullable(value);
    }

    /** The longest phrase starting at token {@code first} and ending by {@code limit}, if any. */
    public Optional<Match<T>> longestAt(String text, List<Token> tokens, int first, int limit) {
        int last = Math.min(limit, Math.min(tokens.size(), first + longestInTokens));
        for (int end = last; end > first; end--) {
            String surface = collapseSpaces(text.substring(tokens.get(first).start(), tokens.get(end - 1).end()).replace('\u2019', '\''));
            T value = exact.get(surface);
            if (value == null) {
                value = folded.get(fold(surface));
            }
            if (value != null) {
                return Optional.of(new Match<>(first, end, surface, value));
            }
        }
        return Optional.empty();
    }

    /** The value of exactly the tokens {@code [first, end)}, if they form a phrase. */
    public Optional<Match<T>> exactly(String text, List<Token> tokens, int first, int end) {
        if (end <= first || end - first > longestInTokens) {
            return Optional.empty();
        }
        String surface = collapseSpaces(text.substring(tokens.get(first).start(), tokens.get(end - 1).end()).replace('\u2019', '\''));
        T value = exact.get(surface);
        if (value == null) {
            value = folded.get(fold(surface));
        }
        return value == null ? Optional.empty() : Optional.of(new Match<>(first, end, surface, value));
    }

    /** Every longest match in a token range, left to right, without overlaps. */
    public List<Match<T>> findAll(String text, List<Token> tokens, int from, int to) {
        List<Match<T>> matches = new java.util.ArrayList<>();
        int index = from;
        while (index < to) {
            Optional<Match<T>> match = longestAt(text, tokens, index, to);
            if (match.isPresent()) {
                matches.add(match.get());
                index = match.get().endToken();
            } else {
                index++;
            }
        }
        return matches;
    }

    /** This index without the phrases of the given values: an article's view that leaves some entries out. */
    public PhraseIndex<T> without(Set<T> values) {
        Map<String, T> keptFolded = new HashMap<>(folded);
        keptFolded.values().removeIf(values::contains);
        Map<String, T> keptExact = new HashMap<>(exact);
        keptExact.values().removeIf(values::contains);
        return new PhraseIndex<>(keptFolded, keptExact, longestInTokens);
    }

    public int size() {
        return folded.size() + exact.size();
    }

    static boolean isAcronym(String phrase) {
        if (isMixedCaseShortForm(phrase)) {
            return true;
        }
        int capitals = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    /** "LeT", "DoD": a short single word with capitals inside is written only so ("Let" is a verb). */
    private static boolean isMixedCaseShortForm(String phrase) {
        if (phrase.length() > 5 || !phrase.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return phrase.chars().skip(1).anyMatch(Character::isUpperCase) && phrase.chars().anyMatch(Character::isLowerCase);
    }

    private static String fold(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    private static String collapseSpaces(String phrase) {
        return phrase.indexOf('\n') < 0 && phrase.indexOf("  ") < 0 && phrase.indexOf('\t') < 0
                ? phrase : phrase.replaceAll("\\s+", " ");
    }
}
