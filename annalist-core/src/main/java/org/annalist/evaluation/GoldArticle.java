package org.annalist.evaluation;

import java.time.LocalDate;
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

    /**
     * An expected event.
     *
     * @param attributes what else the gold says about it (date, CAMEO code, mode, context), scored on matched events only
     */
    public record Event(String event, List<Party> actors, List<Party> recipients, List<String> aux, String evidence,
            Attributes attributes) {

        /** An event whose gold gives nothing beyond type, parties, aux and evidence. */
        public Event(String event, List<Party> actors, List<Party> recipients, List<String> aux, String evidence) {
            this(event, actors, recipients, aux, evidence, Attributes.NONE);
        }
    }

    /**
     * The parts of an expected event that do not decide whether it was found, only whether it was found right.
     * A null (or false) field means the gold set does not annotate it, so it is not scored.
     *
     * @param date the day the event happened
     * @param cameo the CAMEO 1.1b3 code ("0311")
     * @param auxAnnotated whether the event's {@code aux} list is annotated (an empty list then means "a fact")
     * @param mode the PLOVER mode ("visit")
     * @param context the PLOVER context ("military")
     */
    public record Attributes(LocalDate date, String cameo, boolean auxAnnotated, String mode, String context) {

        public static final Attributes NONE = new Attributes(null, null, false, null, null);
    }
}
