package org.annalist.evaluation;

import java.util.List;
import org.annalist.article.Article;

/**
 * One gold-annotated article. A gold set annotates some layers only; {@code null} lists mean
 * "not annotated" (and are not scored), empty lists mean "annotated: there is none".
 *
 * @param article the article text to code
 * @param entities expected actors, or null
 * @param quotes expected quotes, or null
 * @param events expected events, or null
 */
public record GoldArticle(Article article, List<Entity> entities, List<Quote> quotes, List<Event> events) {

    /** An expected actor. */
    public record Entity(String name, String type, String code, String sector) {}

    /** An expected quote: a verbatim piece of its text, the speaker's name (null: none given). */
    public record Quote(String text, String speaker, boolean direct) {}

    /** An expected party of an event; a null sector means the text gives none. */
    public record Party(String code, String sector) {}

    /** An expected event. */
    public record Event(String event, List<Party> actors, List<Party> recipients, List<String> aux, String evidence) {}
}
