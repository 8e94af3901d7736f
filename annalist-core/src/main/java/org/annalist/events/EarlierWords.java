package org.annalist.events;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.annalist.language.Sentence;

/**
 * Reads back from a word to what it may refer to: the words before it in its sentence, then the
 * sentences before, each from its last word, nearest first. A definite noun ("the convoy", "the
 * ship") is read this way to the earlier mention that names its owner or flag.
 */
final class EarlierWords {

    private EarlierWords() {}

    /**
     * The first result {@code found} gives for a word before {@code tokenIndex}, in this sentence or
     * up to {@code sentencesBack} sentences before it.
     */
    static <T> Optional<T> nearest(List<Sentence> sentences, SentenceGraph graph, int tokenIndex, int sentencesBack,
            BiFunction<SentenceGraph, Integer, Optional<T>> found) {
        int sentenceIndex = graph.sentence().index();
        for (int back = 0; back <= sentencesBack && sentenceIndex - back >= 0; back++) {
            SentenceGraph earlier = back == 0 ? graph : new SentenceGraph(sentences.get(sentenceIndex - back));
            int last = back == 0 ? tokenIndex - 1 : earlier.size() - 1;
            for (int candidate = last; candidate >= 0; candidate--) {
                Optional<T> result = found.apply(earlier, candidate);
                if (result.isPresent()) {
                    return result;
                }
            }
        }
        return Optional.empty();
    }
}
