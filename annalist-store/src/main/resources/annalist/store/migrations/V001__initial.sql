-- V001: the first schema of the Annalist store.
-- Each migration is one SQL file, applied once, in number order, inside a transaction; the
-- schema_version table records which ones a database has. Never edit a released migration:
-- add the next number.
--
-- No PRIMARY KEY / UNIQUE constraints: DuckDB checks them eagerly inside a transaction that
-- deletes and re-inserts the same key (replacing a changed article), so uniqueness is kept by
-- the writer, which always deletes an article's rows before inserting them.

CREATE TABLE articles (
    article_id       VARCHAR NOT NULL,  -- the id from the input (or file name stem)
    content_hash     VARCHAR NOT NULL,  -- SHA-256 of id, date, outlet, author, title, url and text: the idempotency key
    text_hash        VARCHAR NOT NULL,  -- SHA-256 of the text alone: what every offset refers to
    source           VARCHAR,           -- outlet
    author           VARCHAR,
    publication_date DATE,
    url              VARCHAR,
    title            VARCHAR,
    text             VARCHAR NOT NULL,
    origin           VARCHAR NOT NULL,  -- path or path:line it was read from
    sentence_count   INTEGER NOT NULL,
    token_count      INTEGER NOT NULL,
    warnings         VARCHAR[] NOT NULL,
    annalist_version VARCHAR NOT NULL,
    stored_at        TIMESTAMP NOT NULL,
    indexed          BOOLEAN NOT NULL   -- true once the article and its quotes are committed to the search index
);

-- One real person across articles (see docs/store.md, "Entity resolution").
CREATE TABLE persons (
    person_id      BIGINT NOT NULL,
    canonical_name VARCHAR NOT NULL,    -- the longest full name seen
    name_key       VARCHAR NOT NULL,    -- PersonNames.key of the canonical name
    surname_key    VARCHAR NOT NULL,    -- last token of name_key
    variants       VARCHAR[] NOT NULL   -- every spelling seen, sorted
);

-- Country and sector of a person as each article gives them: the person's history.
CREATE TABLE person_roles (
    person_id        BIGINT NOT NULL,
    article_id       VARCHAR NOT NULL,
    publication_date DATE,
    name             VARCHAR NOT NULL,  -- the spelling this article uses
    country          VARCHAR,
    sector           VARCHAR,
    title            VARCHAR
);

CREATE TABLE entities (
    article_id VARCHAR NOT NULL,
    entity_id  VARCHAR NOT NULL,        -- article-local id (e1, e2...)
    name       VARCHAR NOT NULL,
    type       VARCHAR,
    code       VARCHAR,
    sector     VARCHAR,
    title      VARCHAR,
    coded_by   VARCHAR,
    person_id  BIGINT                   -- set for PERSON entities
);

CREATE TABLE mentions (
    article_id     VARCHAR NOT NULL,
    entity_id      VARCHAR NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_offset     INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    kind           VARCHAR NOT NULL
);

CREATE TABLE quotes (
    article_id        VARCHAR NOT NULL,
    quote_id          VARCHAR NOT NULL,
    text              VARCHAR NOT NULL,
    start_offset      INTEGER NOT NULL,
    end_offset        INTEGER NOT NULL,
    direct            BOOLEAN NOT NULL,
    speaker_entity    VARCHAR,
    speaker_name      VARCHAR,
    speaker_person_id BIGINT,
    attribution       VARCHAR
);

-- One row per real-world event: the reports of several articles merged (docs/store.md, "Merging").
-- Descriptive columns are those of the representative report: the earliest (date, article, id).
CREATE TABLE events (
    event_id          BIGINT NOT NULL,
    merge_key         VARCHAR NOT NULL,   -- event|aux|actor codes|recipient codes (reciprocal types: the two sets sorted)
    event_date        DATE,               -- date of the earliest report
    last_date         DATE,               -- date of the latest report
    event             VARCHAR NOT NULL,   -- PLOVER event type
    mode              VARCHAR,
    context           VARCHAR[] NOT NULL,
    actor             VARCHAR[] NOT NULL, -- actor names
    actor_code        VARCHAR[] NOT NULL, -- actor country/organisation codes, parallel to actor (null when unknown)
    actor_sector      VARCHAR[] NOT NULL,
    recipient         VARCHAR[] NOT NULL,
    recipient_code    VARCHAR[] NOT NULL,
    recipient_sector  VARCHAR[] NOT NULL,
    event_loc         VARCHAR,
    event_loc_code    VARCHAR,
    latitude          DOUBLE,
    longitude         DOUBLE,
    quad_code         INTEGER NOT NULL,
    event_scale       DOUBLE NOT NULL,
    cameo             VARCHAR,
    goldstein         DOUBLE,
    aux               VARCHAR[] NOT NULL,
    text              VARCHAR,            -- the representative report's sentence
    rule              VARCHAR,
    report_count      INTEGER NOT NULL,
    source_count      INTEGER NOT NULL,   -- distinct outlets
    sources           VARCHAR[] NOT NULL, -- distinct outlets, sorted
    article_ids       VARCHAR[] NOT NULL  -- sorted
);

-- One row per event as one article reports it: the evidence and provenance of each report.
CREATE TABLE event_reports (
    article_id     VARCHAR NOT NULL,
    report_id      VARCHAR NOT NULL,      -- the article-local event id (v1, v2...)
    event_id       BIGINT NOT NULL,       -- the merged event (an undated report is an event of its own)
    merge_key      VARCHAR NOT NULL,      -- MergeRule.key
    event_date     DATE,
    event          VARCHAR NOT NULL,
    mode           VARCHAR,
    context        VARCHAR[] NOT NULL,
    actor          VARCHAR[] NOT NULL,
    actor_code     VARCHAR[] NOT NULL,
    actor_sector   VARCHAR[] NOT NULL,
    recipient      VARCHAR[] NOT NULL,
    recipient_code VARCHAR[] NOT NULL,
    recipient_sector VARCHAR[] NOT NULL,
    event_loc      VARCHAR,
    event_loc_code VARCHAR,
    latitude       DOUBLE,
    longitude      DOUBLE,
    quad_code      INTEGER NOT NULL,
    event_scale    DOUBLE NOT NULL,
    cameo          VARCHAR,
    goldstein      DOUBLE,
    aux            VARCHAR[] NOT NULL,
    sentence_index INTEGER NOT NULL,
    text           VARCHAR NOT NULL,      -- the sentence
    trigger_start  INTEGER,
    trigger_end    INTEGER,
    trigger_text   VARCHAR,
    quote_id       VARCHAR,
    reported_by    VARCHAR,
    rule           VARCHAR,
    provenance     VARCHAR NOT NULL       -- JSON: parties with spans, rule, and whatever the coder records
);

-- Actors and recipients of each report, one row per party, for joins on entity/person.
CREATE TABLE event_parties (
    article_id   VARCHAR NOT NULL,
    report_id    VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,        -- actor | recipient
    position     INTEGER NOT NULL,
    entity_id    VARCHAR,
    name         VARCHAR,
    code         VARCHAR,
    sector       VARCHAR,
    start_offset INTEGER,
    end_offset   INTEGER,
    text         VARCHAR
);

CREATE TABLE rejected_inputs (
    input       VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    category    VARCHAR NOT NULL,
    detail      VARCHAR NOT NULL,
    rejected_at TIMESTAMP NOT NULL
);

CREATE SEQUENCE event_ids START 1;
CREATE SEQUENCE person_ids START 1;
