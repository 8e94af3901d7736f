package org.annalist.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Assigns each report to a merged event (by {@link MergeRule}) and keeps the {@code events}
 * table equal to what its reports say. The events table is derived: {@link #refresh} rebuilds
 * one event's row from its reports, so adding or removing a report never leaves it stale.
 */
final class ReportMerger {

    /**
     * Rebuilds one merged event from its reports. The representative report, whose names,
     * codes and sentence describe the event, is the earliest by date, then article id, then
     * sentence.
     */
    private static final String REBUILD = """
            INSERT INTO events
            SELECT r.event_id,
                   any_value(r.merge_key),
                   min(r.event_date),
                   max(r.event_date),
                   arg_min(r.event, r.sort_key),
                   arg_min(r.mode, r.sort_key),
                   arg_min(r.context, r.sort_key),
                   arg_min(r.actor, r.sort_key),
                   arg_min(r.actor_code, r.sort_key),
                   arg_min(r.actor_sector, r.sort_key),
                   arg_min(r.recipient, r.sort_key),
                   arg_min(r.recipient_code, r.sort_key),
                   arg_min(r.recipient_sector, r.sort_key),
                   arg_min(r.event_loc, r.sort_key),
                   arg_min(r.event_loc_code, r.sort_key),
                   arg_min(r.latitude, r.sort_key),
                   arg_min(r.longitude, r.sort_key),
                   arg_min(r.quad_code, r.sort_key),
                   arg_min(r.event_scale, r.sort_key),
                   arg_min(r.cameo, r.sort_key),
                   arg_min(r.goldstein, r.sort_key),
                   arg_min(r.aux, r.sort_key),
                   arg_min(r.text, r.sort_key),
                   arg_min(r.rule, r.sort_key),
                   count(*),
                   count(DISTINCT a.source),
                   coalesce(list(DISTINCT a.source ORDER BY a.source) FILTER (WHERE a.source IS NOT NULL), []),
                   list(DISTINCT r.article_id ORDER BY r.article_id)
            FROM (SELECT *, coalesce(strftime(event_date, '%Y-%m-%d'), '9999-12-31') || '|' || article_id || '|'
                            || lpad(CAST(sentence_index AS VARCHAR), 6, '0') || '|' || report_id AS sort_key
                  FROM event_reports WHERE event_id = ?) r
            JOIN articles a USING (article_id)
            GROUP BY r.event_id
            """;

    private final Connection connection;
    private final MergeRule rule;
    private final StoreSettings settings;

    ReportMerger(Connection connection, MergeRule rule, StoreSettings settings) {
        this.connection = connection;
        this.rule = rule;
        this.settings = settings;
    }

    String key(EventReport report) {
        return rule.key(report);
    }

    /**
     * The merged event the report belongs to: the existing event with the same merge key whose
     * dates it overlaps within the window (the nearest by first date when several do), else a
     * new event id. Undated reports always get a new id.
     */
    long assign(EventReport report) throws SQLException {
        if (report.date() != null) {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT event_id FROM events
                    WHERE merge_key = ? AND event_date <= ? AND last_date >= ?
                    ORDER BY abs(date_diff('day', event_date, ?)), event_id
                    LIMIT 1""")) {
                statement.setString(1, rule.key(report));
                statement.setObject(2, Date.valueOf(report.date().plusDays(settings.mergeWindowDays())));
                statement.setObject(3, Date.valueOf(report.date().minusDays(settings.mergeWindowDays())));
                statement.setObject(4, Date.valueOf(report.date()));
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        return rows.getLong(1);
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT nextval('event_ids')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Rebuilds the event's row from its reports, or removes it when none is left. */
    void refresh(long eventId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM events WHERE event_id = ?");
             PreparedStatement rebuild = connection.prepareStatement(REBUILD)) {
            delete.setLong(1, eventId);
            delete.executeUpdate();
            rebuild.setLong(1, eventId);
            rebuild.executeUpdate();
        }
    }
}
