-- V002: the confidence model's estimate that an event is right (docs/events.md, "Confidence").
-- ADD COLUMN appends, so confidence is the last column of both tables; rows stored before this
-- migration were coded without the estimate and keep NULL: unknown, never a made-up value.

-- The estimate for the report, as the pipeline gave it (0..1); its weights file and hash are in
-- the report's provenance JSON (confidence_model, confidence_model_sha256).
ALTER TABLE event_reports ADD COLUMN confidence DOUBLE;

-- The merged event's confidence: the highest of its reports' (ReportMerger; docs/store.md,
-- "Merging"), NULL when none of its reports has one.
ALTER TABLE events ADD COLUMN confidence DOUBLE;
