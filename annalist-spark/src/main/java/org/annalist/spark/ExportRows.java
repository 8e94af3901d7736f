package org.annalist.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.annalist.actors.Entity;
import org.annalist.article.Rejection;
import org.annalist.events.Event;
import org.annalist.events.EventLocation;
import org.annalist.events.EventParty;
import org.annalist.events.Evidence;
import org.annalist.events.Span;
import org.annalist.pipeline.CodedArticle;
import org.annalist.quotes.Quote;

/**
 * The one mapping from what the pipeline gives to the rows of the exported tables
 * ({@link ExportTable}). It knows nothing of Spark, so it is tested on hand-built records, and a
 * column added here appears in every table writer at once.
 */
public final class ExportRows {

    /** Joins an article id and an article-local event id into a corpus-wide event id. */
    public static final String ID_SEPARATOR = ":";

    private ExportRows() {}

    /** One row per event of the article, in text order. */
    public static List<ExportRow> events(CodedArticle article) {
        String articleId = article.article().id();
        List<ExportRow> rows = new ArrayList<>(article.events().size());
        for (Event event : article.events()) {
            EventLocation location = event.location();
            Evidence evidence = event.evidence();
            Span trigger = evidence == null ? null : evidence.trigger();
            rows.add(new ExportRow(ExportTable.EVENTS, Arrays.asList(
                    articleId + ID_SEPARATOR + event.id(),
                    event.date(),
                    event.datePrecision().jsonName(),
                    event.event(),
                    event.mode(),
                    event.context(),
                    parties(event.actors(), EventParty::name),
                    parties(event.actors(), EventParty::code),
                    parties(event.actors(), EventParty::sector),
                    parties(event.recipients(), EventParty::name),
                    parties(event.recipients(), EventParty::code),
                    parties(event.recipients(), EventParty::sector),
                    location == null ? null : location.name(),
                    location == null ? null : location.code(),
                    location == null ? null : location.latitude(),
                    location == null ? null : location.longitude(),
                    event.quadCode(),
                    event.scale(),
                    event.cameo(),
                    event.goldstein(),
                    event.aux(),
                    evidence == null ? null : evidence.sentence(),
                    event.rule(),
                    event.confidence(),
                    articleId,
                    evidence == null ? null : evidence.sentenceIndex(),
                    trigger == null ? null : trigger.start(),
                    trigger == null ? null : trigger.end(),
                    trigger == null ? null : trigger.text())));
        }
        return rows;
    }

    /** One row per quotation of the article, in text order. */
    public static List<ExportRow> quotes(CodedArticle article) {
        String articleId = article.article().id();
        List<ExportRow> rows = new ArrayList<>(article.quotes().size());
        for (Quote quote : article.quotes()) {
            rows.add(new ExportRow(ExportTable.QUOTES, Arrays.asList(
                    articleId, quote.id(), quote.text(), quote.start(), quote.end(), quote.direct(),
                    quote.speaker(), quote.speakerName())));
        }
        return rows;
    }

    /** One row per entity of the article, in order of first mention. */
    public static List<ExportRow> entities(CodedArticle article) {
        String articleId = article.article().id();
        List<ExportRow> rows = new ArrayList<>(article.entities().size());
        for (Entity entity : article.entities()) {
            rows.add(new ExportRow(ExportTable.ENTITIES, Arrays.asList(
                    articleId, entity.id(), entity.name(), entity.type(), entity.code(), entity.sector(),
                    entity.title(), entity.mentions().size(), entity.codedBy())));
        }
        return rows;
    }

    /** The row of an input that was not coded; the reason is the enum constant's name. */
    public static ExportRow reject(Rejection rejection) {
        return new ExportRow(ExportTable.REJECTS, Arrays.asList(
                rejection.input(), rejection.reason().name(), rejection.detail()));
    }

    /** One value per party, in order; a party without the value gives a null element, so the lists stay aligned. */
    private static List<String> parties(List<EventParty> parties, Function<EventParty, String> field) {
        List<String> values = new ArrayList<>(parties.size());
        for (EventParty party : parties) {
            values.add(field.apply(party));
        }
        return values;
    }
}
