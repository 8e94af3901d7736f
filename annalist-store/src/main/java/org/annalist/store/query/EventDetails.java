package org.annalist.store.query;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One merged event with every report of it: per report the outlet, the sentence, the rule that
 * fired, the report's own confidence and the marks (trigger, actors, recipients) as offsets into that sentence, so a reader
 * sees exactly which words were coded. The store keeps article offsets; the sentence's own start
 * is found in the article text at or before the trigger.
 */
public final class EventDetails {

    private final Connection connection;

    public EventDetails(Connection connection) {
        this.connection = connection;
    }

    public Optional<Map<String, Object>> get(long eventId) {
        List<Map<String, Object>> events = ResultRows.query(connection, EventColumns.SELECT + " WHERE event_id = ?", List.of(eventId));
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> event = new LinkedHashMap<>(events.get(0));
        List<Map<String, Object>> reports = new ArrayList<>();
        for (Map<String, Object> row : ResultRows.query(connection, """
                SELECT r.article_id, r.report_id, r.event_date AS date, r.date_precision, a.source, a.title, a.url, r.event, r.mode, r.cameo,
                       r.goldstein, r.sentence_index, r.text, r.trigger_start, r.trigger_end, r.trigger_text,
                       r.quote_id, r.reported_by, r.rule, r.confidence, r.provenance, a.text AS article_text
                FROM event_reports r JOIN articles a USING (article_id)
                WHERE r.event_id = ? ORDER BY r.event_date NULLS LAST, r.article_id, r.sentence_index, r.report_id""", List.of(eventId))) {
            Map<String, Object> report = new LinkedHashMap<>(row);
            String articleText = (String) report.remove("article_text");
            String sentence = (String) report.get("text");
            Integer triggerStart = (Integer) report.get("trigger_start");
            int sentenceStart = sentenceStart(articleText, sentence, triggerStart);
            List<Map<String, Object>> parties = ResultRows.query(connection, """
                    SELECT role, position, entity_id, name, code, sector, start_offset, end_offset, text
                    FROM event_parties WHERE article_id = ? AND report_id = ? ORDER BY role, position""",
                    List.of(report.get("article_id"), report.get("report_id")));
            List<Map<String, Object>> marks = new ArrayList<>();
            if (triggerStart != null) {
                mark(marks, "trigger", triggerStart, (Integer) report.get("trigger_end"), sentenceStart, sentence, null);
            }
            for (Map<String, Object> party : parties) {
                if (party.get("start_offset") != null) {
                    mark(marks, (String) party.get("role"), (Integer) party.get("start_offset"), (Integer) party.get("end_offset"),
                            sentenceStart, sentence, (String) party.get("name"));
                }
            }
            report.put("sentence_start", sentenceStart < 0 ? null : sentenceStart);
            report.put("parties", parties);
            report.put("marks", marks);
            reports.add(report);
        }
        event.put("reports", reports);
        return Optional.of(event);
    }

    /** Where the sentence starts in the article: the last occurrence at or before the trigger, else the first; -1 when absent. */
    static int sentenceStart(String articleText, String sentence, Integer triggerStart) {
        if (articleText == null || sentence == null) {
            return -1;
        }
        if (triggerStart != null) {
            int before = articleText.lastIndexOf(sentence, triggerStart);
            if (before >= 0 && before + sentence.length() >= triggerStart) {
                return before;
            }
        }
        return articleText.indexOf(sentence);
    }

    /** A mark in sentence offsets, kept only when it lies inside the sentence. */
    private static void mark(List<Map<String, Object>> marks, String kind, int start, int end, int sentenceStart, String sentence,
                             String name) {
        if (sentenceStart < 0 || start < sentenceStart || end > sentenceStart + sentence.length() || end <= start) {
            return;
        }
        Map<String, Object> mark = new LinkedHashMap<>();
        mark.put("kind", kind);
        mark.put("start", start - sentenceStart);
        mark.put("end", end - sentenceStart);
        mark.put("name", name);
        marks.add(mark);
    }
}
