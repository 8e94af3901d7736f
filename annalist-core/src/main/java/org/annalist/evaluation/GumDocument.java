package org.annalist.evaluation;

import java.util.List;
import org.annalist.article.Article;

/**
 * One GUM document rebuilt as an article, with its gold coreference mentions.
 *
 * @param article the text rebuilt from the tokens, dated by {@code # meta::dateCreated}
 * @param mentions every gold mention, ordered by start, then longest first
 */
public record GumDocument(Article article, List<GoldMention> mentions) {

    public GumDocument {
        mentions = List.copyOf(mentions);
    }
}
