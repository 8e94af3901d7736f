package org.annalist.store.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's passages (sentences, by the default sentence break iterator) as a
 * list of strings, one per sentence, with each matched word wrapped in the two marks.
 */
final class SentenceListFormatter extends PassageFormatter {

    private final String open;
    private final String close;

    SentenceListFormatter(String open, String close) {
        this.open = open;
        this.close = close;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        List<String> sentences = new ArrayList<>();
        for (Passage passage : passages) {
            StringBuilder sentence = new StringBuilder();
            int position = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start < position) {
                    continue; // overlapping matches of one phrase
                }
                sentence.append(content, position, start).append(open).append(content, start, end).append(close);
                position = end;
            }
            sentence.append(content, position, passage.getEndOffset());
            sentences.add(sentence.toString().replaceAll("\\s+", " ").strip());
        }
        return sentences;
    }
}
