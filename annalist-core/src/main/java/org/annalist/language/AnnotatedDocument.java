package org.annalist.language;

import java.util.List;
import org.annalist.article.Article;

/**
 * The language layer's view of an article: what every later stage (actors, quotes, events)
 * reads. It holds no CoreNLP types, so those stages can be tested on hand-built documents.
 *
 * @param article the article annotated
 * @param sentences its sentences, in order
 * @param namedEntities named-entity mentions, in text order
 * @param timeExpressions normalised time expressions, in text order
 * @param warnings notes on anything the layer had to cut short (e.g. an over-long sentence)
 */
public record AnnotatedDocument(
        Article article,
        List<Sentence> sentences,
        List<NamedEntity> namedEntities,
        List<TimeExpression> timeExpressions,
        List<String> warnings) {

    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        namedEntities = List.copyOf(namedEntities);
        timeExpressions = List.copyOf(timeExpressions);
        warnings = List.copyOf(warnings);
    }

    public String text() {
        return article.text();
    }

    /** The sentence containing the character offset, or -1. */
    public int sentenceAt(int offset) {
        for (Sentence sentence : sentences) {
            if (offset >= sentence.start() && offset < sentence.end()) {
                return sentence.index();
            }
        }
        return -1;
    }
}
