package org.annalist.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Assigns each report to a merged event (by {@link MergeRule}) and keeps the {@code events}
 * table equal to what its reports say. The events table is derived from {@code event_reports}.
 * Adding a report is incremental, as ingest adds reports thousands of times: the event it joins
 * is found in {@link MergeCandidates}, kept in memory; a new event's row
 * is written from its one report ({@link #startEvent}), and a report joining an event updates
 * the dates, counts and lists and, when it sorts first, the representative columns
 * ({@link #addReport}); both read only the event's own row and reports, never the articles. Removing
 * reports (a changed article) rebuilds the event from what remains ({@link #refresh}), the
 * aggregate that defines the row; {@code ReportMergerTest} checks the two agree.
 */
final class ReportMerger {

    /** The SQL of a report's sort key; {@link #sortKey} is the same in Java. */
    private static final String SORT_KEY = "coalesce(strftime(event_date, '%Y-%m-%d'), '9999-12-31') || '|' || article_id || '|' "
            + "|| lpad(CAST(sentence_index AS VARCHAR), 6, '0') || '|' || report_id";

    /**
     * Rebuilds one merged event from its reports. The representative report, whose names,
     * codes and sentence describe the event, is the earliest by date, then article id, then
     * sentence; the confidence is {@link MergedConfidence}'s.
     */
    private static final String REBUILD = """
            INSERT INTO events
            SELECT r.event_id,
                   any_value(r.merge_key),
                   min(r.event_date),
                   max(r.event_date),
                   arg_min_null(r.event, r.sort_key),
                   arg_min_null(r.mode, r.sort_key),
                   arg_min_null(r.context, r.sort_key),
                   arg_min_null(r.actor, r.sort_key),
                   arg_min_null(r.actor_code, r.sort_key),
                   arg_min_null(r.actor_sector, r.sort_key),
                   arg_min_null(r.recipient, r.sort_key),
                   arg_min_null(r.recipient_code, r.sort_key),
                   arg_min_null(r.recipient_sector, r.sort_key),
                   arg_min_null(r.event_loc, r.sort_key),
                   arg_min_null(r.event_loc_code, r.sort_key),
                   arg_min_null(r.latitude, r.sort_key),
                   arg_min_null(r.longitude, r.sort_key),
                   arg_min_null(r.quad_code, r.sort_key),
                   arg_min_null(r.event_scale, r.sort_key),
                   arg_min_null(r.cameo, r.sort_key),
                   arg_min_null(r.goldstein, r.sort_key),
                   arg_min_null(r.aux, r.sort_key),
                   arg_min_null(r.text, r.sort_key),
                   arg_min_null(r.rule, r.sort_key),
                   count(*),
                   count(DISTINCT a.source),
                   coalesce(list(DISTINCT a.source ORDER BY a.source) FILTER (WHERE a.source IS NOT NULL), []),
                   list(DISTINCT r.article_id ORDER BY r.article_id),
                   %s,
                   arg_min_null(r.date_precision, r.sort_key)
            FROM (SELECT *, %s AS sort_key
                  FROM event_reports WHERE event_id = ?) r
            JOIN articles a USING (article_id)
            GROUP BY r.event_id
            """.formatted(MergedConfidence.AGGREGATE, SORT_KEY);

    /** The representative columns of {@code events}, in table order, as {@link #setRepresentative} sets them. */
    private static final List<String> REPRESENTATIVE_COLUMNS = List.of("event", "mode", "context", "actor", "actor_code", "actor_sector",
            "recipient", "recipient_code", "recipient_sector", "event_loc", "event_loc_code", "latitude", "longitude", "quad_code",
            "event_scale", "cameo", "goldstein", "aux", "text", "rule");

    private final PreparedStatements statements;
    private final Connection connection;
    private final MergeRule rule;
    private final StoreSettings settings;
    private final MergeCandidates candidates;

    ReportMerger(PreparedStatements statements, MergeRule rule, StoreSettings settings) {
        this.statements = statements;
        this.connection = statements.connection();
        this.rule = rule;
        this.settings = settings;
        this.candidates = new MergeCandidates(connection);
    }

    String key(EventReport report) {
        return rule.key(report);
    }

    /**
     * The existing merged event the report belongs to: the event with the same merge key whose
     * dates it overlaps within the window (the nearest by first date when several do); null
     * when there is none. Undated reports never join an event.
     */
    Long existingEvent(EventReport report) throws SQLException {
        return report.date() == null ? null : candidates.find(rule.key(report), report.date(),
                MergeRule.windowDays(report, settings.mergeWindowDays()));
    }

    /** Forgets what was read of the events table: after a rollback, or when events are rebuilt. */
    void forget() {
        candidates.forget();
    }

    long newEventId() throws SQLException {
        try (ResultSet rows = statements.get("SELECT nextval('event_ids')").executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Writes the row of a new event whose only report is {@code report}, of an article from {@code source}. */
    void startEvent(long eventId, EventReport report, String articleId, String source) throws SQLException {
        PreparedStatement statement = statements.insert("events");
        int i = 0;
        statement.setLong(++i, eventId);
        statement.setString(++i, rule.key(report));
        statement.setObject(++i, date(report));
        statement.setObject(++i, date(report));
        i = setRepresentative(statement, i, report);
        statement.setInt(++i, 1);
        statement.setInt(++i, source == null ? 0 : 1);
        statement.setArray(++i, Sql.varchars(connection, source == null ? List.of() : List.of(source)));
        statement.setArray(++i, Sql.varchars(connection, List.of(articleId)));
        statement.setObject(++i, report.confidence());
        statement.setString(++i, report.datePrecision().jsonName());
        statement.executeUpdate();
        candidates.put(rule.key(report), eventId, report.date(), report.date());
    }

    /**
     * Folds a report into the row of the existing event it joins; call it before the report is
     * inserted. The report becomes the representative when its sort key is below those of the
     * event's reports; the event's confidence becomes {@link MergedConfidence#fold} of its own and
     * the report's.
     */
    void addReport(long eventId, EventReport report, String articleId, String source) throws SQLException {
        java.time.LocalDate first;
        java.time.LocalDate last;
        int reports;
        Double confidence;
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> articles = new TreeSet<>();
        PreparedStatement read = statements.get(
                "SELECT event_date, last_date, report_count, sources, article_ids, confidence FROM events WHERE event_id = ?");
        read.setLong(1, eventId);
        try (ResultSet rows = read.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("merged event " + eventId + " has no row");
            }
            first = rows.getObject(1, java.time.LocalDate.class);
            last = rows.getObject(2, java.time.LocalDate.class);
            reports = rows.getInt(3);
            addStrings(rows.getArray(4), sources);
            addStrings(rows.getArray(5), articles);
            confidence = rows.getObject(6) == null ? null : rows.getDouble(6);
        }
        if (report.date() != null) {
            first = first == null || report.date().isBefore(first) ? report.date() : first;
            last = last == null || report.date().isAfter(last) ? report.date() : last;
        }
        if (source != null) {
            sources.add(source);
        }
        articles.add(articleId);
        PreparedStatement update = statements.updateByKey("events", "event_id",
                List.of("event_date", "last_date", "report_count", "source_count", "sources", "article_ids", "confidence"));
        int i = 0;
        update.setObject(++i, first == null ? null : Date.valueOf(first));
        update.setObject(++i, last == null ? null : Date.valueOf(last));
        update.setInt(++i, reports + 1);
        update.setInt(++i, sources.size());
        update.setArray(++i, Sql.varchars(connection, new ArrayList<>(sources)));
        update.setArray(++i, Sql.varchars(connection, new ArrayList<>(articles)));
        update.setObject(++i, MergedConfidence.fold(confidence, report.confidence()));
        update.setLong(++i, eventId);
        update.executeUpdate();
        candidates.put(rule.key(report), eventId, first, last);
        if (sortKey(report, articleId).compareTo(firstSortKey(eventId)) < 0) {
            PreparedStatement representative = statements.updateByKey("events", "event_id", REPRESENTATIVE_COLUMNS);
            int j = setRepresentative(representative, 0, report);
            representative.setLong(++j, eventId);
            representative.executeUpdate();
        }
    }

    private String firstSortKey(long eventId) throws SQLException {
        PreparedStatement statement = statements.get("SELECT min(" + SORT_KEY + ") FROM event_reports WHERE event_id = ?");
        statement.setLong(1, eventId);
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            String key = rows.getString(1);
            if (key == null) {
                throw new SQLException("merged event " + eventId + " has no reports");
            }
            return key;
        }
    }

    /** The report's position in the order that picks the representative: date, article id, sentence, report id. */
    static String sortKey(EventReport report, String articleId) {
        return (report.date() == null ? "9999-12-31" : report.date().toString()) + "|" + articleId + "|"
                + String.format(Locale.ROOT, "%06d", report.sentenceIndex()) + "|" + report.reportId();
    }

    /** Sets the {@link #REPRESENTATIVE_COLUMNS} from the report, after parameter {@code index}; returns the last index set. */
    private int setRepresentative(PreparedStatement statement, int index, EventReport report) throws SQLException {
        int i = setDescription(connection, statement, index, report);
        statement.setString(++i, report.sentence());
        statement.setString(++i, report.rule());
        return i;
    }

    /**
     * Sets what an event is — type, mode, context, both sides, location, scores, aux — in the
     * column order the {@code events} and {@code event_reports} tables share, after parameter
     * {@code index}; returns the last index set.
     */
    static int setDescription(Connection connection, PreparedStatement statement, int index, EventReport report) throws SQLException {
        int i = index;
        statement.setString(++i, report.event());
        statement.setString(++i, report.mode());
        statement.setArray(++i, Sql.varchars(connection, report.context()));
        i = setParties(connection, statement, i, report.actors());
        i = setParties(connection, statement, i, report.recipients());
        statement.setString(++i, report.locationName());
        statement.setString(++i, report.locationCode());
        statement.setObject(++i, report.latitude());
        statement.setObject(++i, report.longitude());
        statement.setInt(++i, report.quadCode());
        statement.setDouble(++i, report.scale());
        statement.setString(++i, report.cameo());
        statement.setDouble(++i, report.goldstein());
        statement.setArray(++i, Sql.varchars(connection, report.aux()));
        return i;
    }

    /** Names, codes and sectors of one side, as three parallel lists. */
    private static int setParties(Connection connection, PreparedStatement statement, int index, List<EventReport.Party> parties) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<String> sectors = new ArrayList<>();
        for (EventReport.Party party : parties) {
            names.add(party.name());
            codes.add(party.code());
            sectors.add(party.sector());
        }
        statement.setArray(++index, Sql.varchars(connection, names));
        statement.setArray(++index, Sql.varchars(connection, codes));
        statement.setArray(++index, Sql.varchars(connection, sectors));
        return index;
    }

    private static Date date(EventReport report) {
        return report.date() == null ? null : Date.valueOf(report.date());
    }

    private static void addStrings(java.sql.Array array, TreeSet<String> into) throws SQLException {
        for (Object value : (Object[]) array.getArray()) {
            if (value != null) {
                into.add(value.toString());
            }
        }
    }

    /** Rebuilds the event's row from its reports, or removes it when none is left. */
    void refresh(long eventId) throws SQLException {
        candidates.forget();
        PreparedStatement delete = statements.get("DELETE FROM events WHERE event_id = ?");
        delete.setLong(1, eventId);
        delete.executeUpdate();
        PreparedStatement rebuild = statements.get(REBUILD);
        rebuild.setLong(1, eventId);
        rebuild.executeUpdate();
    }
}
