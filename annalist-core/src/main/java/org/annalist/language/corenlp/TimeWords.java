package org.annalist.language.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a sentence may hold a time expression, so that SUTime — a few hundred
 * token-sequence rules run over every sentence, one of the costliest parts of CoreNLP's entity
 * recogniser — runs only where it can find something. Every SUTime rule anchors on a number, a
 * calendar name or a time word; the words are data, in {@code time-words.txt} beside this class.
 */
final class TimeWords {

    private static final String RESOURCE = "time-words.txt";

    private final Set<String> words;

    private TimeWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static TimeWords bundled() {
        try (InputStream in = TimeWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + TimeWords.class.getName());
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return new TimeWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** True if a token has a digit or is a time word (case-insensitive, a trailing period ignored). */
    boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            String word = token.word();
            for (int i = 0; i < word.length(); i++) {
                if (Character.isDigit(word.charAt(i))) {
                    return true;
                }
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (words.contains(lower) || (lower.endsWith(".") && words.contains(lower.substring(0, lower.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
