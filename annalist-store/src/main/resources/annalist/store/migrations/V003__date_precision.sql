-- V003: how exactly an event's date is known (docs/output.md, "date_precision"): 'day', or 'week',
-- 'month', 'year' when the report's clause names only that period and event_date is its first day.
-- ADD COLUMN appends, after confidence. Rows stored before this migration keep NULL: not recorded.
ALTER TABLE event_reports ADD COLUMN date_precision VARCHAR;

-- The merged event's precision: that of its reports, which share it (MergeRule keeps reports dated
-- to a period apart from day-dated ones; docs/store.md, "Merging").
ALTER TABLE events ADD COLUMN date_precision VARCHAR;
