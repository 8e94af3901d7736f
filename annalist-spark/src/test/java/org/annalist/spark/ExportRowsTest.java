package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.article.Article;
import org.annalist.article.Rejection;
import org.annalist.article.RejectionReason;
import org.annalist.events.Event;
import org.annalist.events.EventConfidence;
import org.annalist.events.EventLocation;
import org.annalist.events.EventParty;
import org.annalist.events.Evidence;
import org.annalist.events.Provenance;
import org.annalist.events.Span;
import org.annalist.pipeline.CodedArticle;
import org.annalist.quotes.Quote;
import org.annalist.sink.EventTableColumns;
import org.junit.jupiter.api.Test;

class ExportRowsTest {

    private static final String TEXT = "Iran and Azerbaijan held talks in Tehran. \"We are ready,\" Ashtiani said.";

    private static final Entity IRAN = new Entity("e1", "Iran", "COUNTRY", "IRN", "GOV", null,
            List.of(new Mention(0, 4, "Iran", 0, MentionKind.NAME)), "countries.tsv:101");
    private static final Entity ASHTIANI = new Entity("e2", "Ashtiani", "PERSON", "IRN", "MIL", "Defence Minister",
            List.of(new Mention(58, 66, "Ashtiani", 1, MentionKind.NAME), new Mention(70, 72, "he", 1, MentionKind.PRONOUN)),
            "rule:title-sector");

    private static final Event TALKS = new Event("v1", LocalDate.of(2024, 5, 2), "CONSULT", "visit", List.of("military"),
            List.of(new EventParty("e1", "Iran", "IRN", "GOV", new Span(0, 4, "Iran")),
                    new EventParty(null, "Azerbaijan", null, null, new Span(9, 19, "Azerbaijan"))),
            List.of(),
            new EventLocation("Tehran", "IRN", 35.69, 51.39, new Span(34, 40, "Tehran")),
            1, 1.0, "040", 1.0, List.of("future"),
            new Evidence(0, "Iran and Azerbaijan held talks in Tehran.", new Span(20, 30, "held talks"), null, null),
            "consult.hold-talks");

    private static CodedArticle article(List<Event> events) {
        Article article = new Article("a7", LocalDate.of(2024, 5, 2), "PressTV", null, null, null, TEXT, "corpus.jsonl:7");
        Quote quote = new Quote("q1", "We are ready,", 43, 56, true, "e2", "Ashtiani", "name-after-quote");
        return new CodedArticle(article, List.of(IRAN, ASHTIANI), List.of(quote), events, List.of(), 2, 17, List.of());
    }

    @Test
    void eventRowCarriesPloverFieldsWithAlignedPartyListsAndTheTriggerOffsets() {
        List<ExportRow> rows = ExportRows.events(article(List.of(TALKS)));

        assertThat(rows).hasSize(1);
        ExportRow row = rows.get(0);
        assertThat(row.value("id")).isEqualTo("a7:v1");
        assertThat(row.value("article_id")).isEqualTo("a7");
        assertThat(row.value("date")).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(row.value("date_precision")).isEqualTo("day");
        assertThat(row.value("event")).isEqualTo("CONSULT");
        assertThat(row.value("mode")).isEqualTo("visit");
        assertThat(row.value("context")).isEqualTo(List.of("military"));
        assertThat(row.value("actor")).isEqualTo(List.of("Iran", "Azerbaijan"));
        assertThat(row.value("actor_code")).isEqualTo(java.util.Arrays.asList("IRN", null));
        assertThat(row.value("actor_sector")).isEqualTo(java.util.Arrays.asList("GOV", null));
        assertThat(row.value("recipient")).isEqualTo(List.of());
        assertThat(row.value("event_loc")).isEqualTo("Tehran");
        assertThat(row.value("event_loc_code")).isEqualTo("IRN");
        assertThat(row.value("latitude")).isEqualTo(35.69);
        assertThat(row.value("longitude")).isEqualTo(51.39);
        assertThat(row.value("quad_code")).isEqualTo(1);
        assertThat(row.value("cameo")).isEqualTo("040");
        assertThat(row.value("aux")).isEqualTo(List.of("future"));
        assertThat(row.value("rule")).isEqualTo("consult.hold-talks");
        assertThat(row.value("confidence")).as("a hand-built event no model scored").isNull();
        assertThat(row.value("text")).isEqualTo("Iran and Azerbaijan held talks in Tehran.");
        assertThat(row.value("sentence_index")).isEqualTo(0);
        assertThat(row.value("trigger_start")).isEqualTo(20);
        assertThat(row.value("trigger_end")).isEqualTo(30);
        assertThat(row.value("trigger_text")).isEqualTo(TEXT.substring(20, 30));
    }

    @Test
    void eventRowCarriesTheConfidenceModelsEstimateAfterTheRule() {
        Event scored = TALKS.withProvenance(new Provenance("events/patterns.tsv", "0".repeat(64), "a7", "1".repeat(64), "test")
                .withConfidence(new EventConfidence(0.73, "events/confidence-weights.tsv", "f".repeat(64))));

        ExportRow row = ExportRows.events(article(List.of(scored))).get(0);

        assertThat(row.value("confidence")).isEqualTo(0.73);
        assertThat(ExportTable.EVENTS.indexOf("confidence")).isEqualTo(ExportTable.EVENTS.indexOf("rule") + 1);
        assertThat(ExportTable.EVENTS.columns().get(ExportTable.EVENTS.indexOf("confidence")).type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(SparkSchemas.row(row).getDouble(ExportTable.EVENTS.indexOf("confidence"))).isEqualTo(0.73);
    }

    @Test
    void eventWithoutPlaceHasNullLocationColumns() {
        Event nowhere = new Event("v2", null, "CONSULT", null, List.of(), TALKS.actors(), List.of(), null,
                1, 1.0, "040", 1.0, List.of(), TALKS.evidence(), "consult.hold-talks");

        ExportRow row = ExportRows.events(article(List.of(nowhere))).get(0);

        assertThat(row.value("event_loc")).isNull();
        assertThat(row.value("latitude")).isNull();
        assertThat(row.value("date")).isNull();
        assertThat(row.value("mode")).isNull();
    }

    @Test
    void quoteRowNamesItsSpeakerEntity() {
        ExportRow row = ExportRows.quotes(article(List.of())).get(0);

        assertThat(row.values()).containsExactly("a7", "q1", "We are ready,", 43, 56, true, "e2", "Ashtiani");
    }

    @Test
    void entityRowCountsEveryMention() {
        List<ExportRow> rows = ExportRows.entities(article(List.of()));

        assertThat(rows).extracting(row -> row.value("id")).containsExactly("e1", "e2");
        assertThat(rows.get(1).values()).containsExactly("a7", "e2", "Ashtiani", "PERSON", "IRN", "MIL",
                "Defence Minister", 2, "rule:title-sector");
    }

    @Test
    void rejectRowNamesTheReasonConstant() {
        ExportRow row = ExportRows.reject(new Rejection("corpus.jsonl:3", RejectionReason.MALFORMED_JSON, "Unexpected end-of-input"));

        assertThat(row.values()).containsExactly("corpus.jsonl:3", "MALFORMED_JSON", "Unexpected end-of-input");
    }

    @Test
    void everyTableRowHasOneValuePerColumnInTheSparkSchema() {
        CodedArticle article = article(List.of(TALKS));
        for (ExportRow row : List.of(ExportRows.events(article).get(0), ExportRows.quotes(article).get(0),
                ExportRows.entities(article).get(0))) {
            assertThat(SparkSchemas.row(row).size()).isEqualTo(SparkSchemas.schema(row.table()).size());
        }
    }

    @Test
    void eventTableStartsWithTheColumnsAnnalistExportStartsWith() {
        List<String> names = ExportTable.EVENTS.columns().stream().map(ExportColumn::name).toList();

        assertThat(names.subList(0, 1 + EventTableColumns.SHARED.size()))
                .containsExactlyElementsOf(java.util.stream.Stream.concat(java.util.stream.Stream.of("id"),
                        EventTableColumns.SHARED.stream()).toList());
        assertThat(names).endsWith("article_id", "sentence_index", "trigger_start", "trigger_end", "trigger_text");
    }
}
