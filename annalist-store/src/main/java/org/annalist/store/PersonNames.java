package org.annalist.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reduces a person's name to a comparison key, so that spellings of one name in different
 * outlets compare equal: "Brig. Gen. Mohammad-Reza Ashtiani" and "Mohammad Reza Ashtiany" both
 * become "muhamad reza ashtiani". Each step is a small function, tested on its own; the order
 * is {@link #words} (case, diacritics, hyphens), {@link #dropTitles}, {@link #foldWord} per word.
 */
public final class PersonNames {

    private final NameRules rules;

    public PersonNames(NameRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The comparison key of a name: its folded words without titles, joined by one space. */
    public String key(String name) {
        List<String> folded = new ArrayList<>();
        for (String word : dropTitles(words(name))) {
            folded.add(foldWord(word));
        }
        return String.join(" ", folded);
    }

    /**
     * The name as written without its leading title words, for display:
     * "Brig. Gen. Mohammad-Reza Ashtiani" → "Mohammad-Reza Ashtiani".
     */
    public String withoutTitles(String name) {
        String[] written = name.strip().split("\\s+");
        int first = 0;
        while (first < written.length - 1 && isTitle(written[first])) {
            first++;
        }
        return String.join(" ", java.util.Arrays.asList(written).subList(first, written.length));
    }

    private boolean isTitle(String writtenWord) {
        List<String> parts = words(writtenWord);
        return !parts.isEmpty() && parts.stream().allMatch(rules.titleWords()::contains);
    }

    /** The last word of a key: what a surname-only mention ("Ashtiani said") is compared on. */
    public static String surnameOf(String key) {
        int space = key.lastIndexOf(' ');
        return space < 0 ? key : key.substring(space + 1);
    }

    /**
     * Lower-case words without diacritics: hyphens, apostrophes and full stops separate or
     * vanish ("Mohammad-Reza" → mohammad, reza; "Gen." → gen; "Ə" → a).
     */
    static List<String> words(String name) {
        String plain = stripDiacritics(name).toLowerCase(Locale.ROOT);
        plain = plain.replaceAll("[‘’'`ʼ]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
    }

    /** Removes accents and maps the letters NFD does not decompose (ə, ı, ø, ł, ß). */
    static String stripDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case 'ə', 'Ə' -> out.append(c == 'ə' ? 'a' : 'A');
                case 'ı' -> out.append('i');
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'ß' -> out.append("ss");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Drops leading title words, but never the last word: "General" alone stays a name. */
    List<String> dropTitles(List<String> words) {
        int first = 0;
        while (first < words.size() - 1 && rules.titleWords().contains(words.get(first))) {
            first++;
        }
        return words.subList(first, words.size());
    }

    /** Applies the transliteration rewrites in order, then makes doubled letters single. */
    String foldWord(String word) {
        String folded = word;
        for (NameRules.Rewrite rewrite : rules.rewrites()) {
            folded = rewrite.pattern().matcher(folded).replaceAll(rewrite.replacement());
        }
        return folded.replaceAll("(\\p{L})\\1+", "$1");
    }
}
