-- Schema step 5: what merging workspaces needs, and metric points stored compactly.
--
-- stamps: the per-unit clock of a record (see models/workspace/recordstamps.h). A merge takes
-- each unit of a record (a field, or fields that go together) from the side that changed it
-- last; NULL means every unit carries the record's own (hlc, origin).
--
-- The CHECKs of the enumerations are written as OR chains instead of IN lists: SQLite
-- evaluates an IN list by building a temporary b-tree for each row it checks, a fifth of a
-- bulk insert, and the bulk writer used to switch the CHECKs off for that. The tables that
-- had them are made again (SQLite cannot change a CHECK in place) with the same columns.
-- Foreign keys are off while a migration runs (see Workspace::migrate), and checked before
-- it commits.

ALTER TABLE pm ADD COLUMN stamps TEXT;
ALTER TABLE team ADD COLUMN stamps TEXT;
ALTER TABLE product ADD COLUMN stamps TEXT;
ALTER TABLE growth_review ADD COLUMN stamps TEXT;
ALTER TABLE key_result ADD COLUMN stamps TEXT;

CREATE TABLE assignment_v5 (
    id       TEXT PRIMARY KEY,
    team_id  TEXT NOT NULL REFERENCES team(id) DEFERRABLE INITIALLY DEFERRED,
    pm_id    TEXT NOT NULL REFERENCES pm(id) DEFERRABLE INITIALLY DEFERRED,
    support  TEXT NOT NULL CHECK (support = 'full' OR support = 'light'),
    start_on TEXT NOT NULL,
    end_on   TEXT,
    sample   INTEGER NOT NULL DEFAULT 0,
    hlc      INTEGER NOT NULL,
    origin   TEXT NOT NULL,
    deleted  INTEGER NOT NULL DEFAULT 0,
    stamps   TEXT,
    CHECK (end_on IS NULL OR end_on > start_on)
);
INSERT INTO assignment_v5 (id, team_id, pm_id, support, start_on, end_on, sample, hlc, origin,
                           deleted)
    SELECT id, team_id, pm_id, support, start_on, end_on, sample, hlc, origin, deleted
    FROM assignment;
DROP TABLE assignment;
ALTER TABLE assignment_v5 RENAME TO assignment;
CREATE INDEX assignment_by_team ON assignment(team_id, start_on);
CREATE INDEX assignment_by_pm ON assignment(pm_id, start_on);

CREATE TABLE interview_v5 (
    id           TEXT PRIMARY KEY,
    pm_id        TEXT NOT NULL REFERENCES pm(id) DEFERRABLE INITIALLY DEFERRED,
    kind         TEXT NOT NULL CHECK (kind = 'user' OR kind = 'candidate'),
    interviewee  TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    team_id      TEXT REFERENCES team(id) DEFERRABLE INITIALLY DEFERRED,
    product      TEXT NOT NULL DEFAULT '',
    starts_at    TEXT NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes > 0),
    all_day      INTEGER NOT NULL DEFAULT 0,
    time_zone    TEXT NOT NULL DEFAULT '',
    location     TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL CHECK (status = 'planned' OR status = 'done' OR
                                      status = 'cancelled' OR status = 'no-show'),
    notes        TEXT NOT NULL DEFAULT '',
    findings     TEXT NOT NULL DEFAULT '',
    scorecard    TEXT NOT NULL DEFAULT '',
    ics_uid      TEXT NOT NULL DEFAULT '',
    sequence     INTEGER NOT NULL DEFAULT 0,
    sample       INTEGER NOT NULL DEFAULT 0,
    hlc          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    stamps       TEXT
);
INSERT INTO interview_v5 (id, pm_id, kind, interviewee, organisation, team_id, product,
                          starts_at, minutes, all_day, time_zone, location, status, notes,
                          findings, scorecard, ics_uid, sequence, sample, hlc, origin, deleted)
    SELECT id, pm_id, kind, interviewee, organisation, team_id, product, starts_at, minutes,
           all_day, time_zone, location, status, notes, findings, scorecard, ics_uid, sequence,
           sample, hlc, origin, deleted
    FROM interview;
DROP TABLE interview;
ALTER TABLE interview_v5 RENAME TO interview;
CREATE INDEX interview_by_start ON interview(starts_at);
CREATE INDEX interview_by_pm ON interview(pm_id, starts_at);
CREATE INDEX interview_by_uid ON interview(ics_uid);

CREATE TABLE metric_v5 (
    id               TEXT PRIMARY KEY,
    key              TEXT NOT NULL,
    name             TEXT NOT NULL,
    definition       TEXT NOT NULL DEFAULT '',
    unit             TEXT NOT NULL CHECK (unit = 'percent' OR unit = 'count' OR
                                          unit = 'currency' OR unit = 'ratio'),
    good_direction   TEXT NOT NULL CHECK (good_direction = 'up' OR good_direction = 'down'),
    smoothing_months INTEGER NOT NULL DEFAULT 3,
    band_poor        REAL,
    band_good        REAL,
    band_great       REAL,
    band_source      TEXT NOT NULL DEFAULT '',
    band_taken_on    TEXT,
    sample           INTEGER NOT NULL DEFAULT 0,
    hlc              INTEGER NOT NULL,
    origin           TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    stamps           TEXT
);
INSERT INTO metric_v5 (id, key, name, definition, unit, good_direction, smoothing_months,
                       band_poor, band_good, band_great, band_source, band_taken_on, sample,
                       hlc, origin, deleted)
    SELECT id, key, name, definition, unit, good_direction, smoothing_months, band_poor,
           band_good, band_great, band_source, band_taken_on, sample, hlc, origin, deleted
    FROM metric;
DROP TABLE metric;
ALTER TABLE metric_v5 RENAME TO metric;
CREATE INDEX metric_by_key ON metric(key);

CREATE TABLE goal_v5 (
    id             TEXT PRIMARY KEY,
    quarter        TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    title          TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind = 'pm_goal' OR kind = 'research' OR
                                        kind = 'side_project'),
    owner_id       TEXT REFERENCES pm(id) DEFERRABLE INITIALLY DEFERRED,
    supporters     TEXT NOT NULL DEFAULT '',
    team_id        TEXT REFERENCES team(id) DEFERRABLE INITIALLY DEFERRED,
    status         TEXT NOT NULL
                   CHECK (status = 'not_started' OR status = 'on_track' OR status = 'at_risk' OR
                          status = 'done' OR status = 'dropped'),
    description    TEXT NOT NULL DEFAULT '',
    findings_url   TEXT NOT NULL DEFAULT '',
    rank           REAL NOT NULL DEFAULT 0,
    carried_from   TEXT,
    sample         INTEGER NOT NULL DEFAULT 0,
    hlc            INTEGER NOT NULL,
    origin         TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    stamps         TEXT
);
INSERT INTO goal_v5 (id, quarter, title, kind, owner_id, supporters, team_id, status,
                     description, findings_url, rank, carried_from, sample, hlc, origin, deleted)
    SELECT id, quarter, title, kind, owner_id, supporters, team_id, status, description,
           findings_url, rank, carried_from, sample, hlc, origin, deleted
    FROM goal;
DROP TABLE goal;
ALTER TABLE goal_v5 RENAME TO goal;
CREATE INDEX goal_by_quarter ON goal(quarter, rank);

-- The replicas this workspace knows: a small number for each replica id, the name it goes by
-- (its owner's, as that workspace's meta says), and `seen`, the greatest stamp of that
-- replica's changes this workspace holds. Since every merge takes in
-- a whole workspace, holding one change of a replica means holding all its changes up to
-- then: `seen` is a version vector, and a merge uses it to tell an edit made without knowing
-- the other side's (a conflict) from one made after it (a newer value).
CREATE TABLE replica (
    n    INTEGER PRIMARY KEY,
    id   TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    seen INTEGER NOT NULL DEFAULT 0
);

CREATE TEMP TABLE replica_seen AS
    SELECT origin, max(hlc) AS seen FROM (
        SELECT origin, hlc FROM pm UNION ALL SELECT origin, hlc FROM team
        UNION ALL SELECT origin, hlc FROM assignment UNION ALL SELECT origin, hlc FROM interview
        UNION ALL SELECT origin, hlc FROM product UNION ALL SELECT origin, hlc FROM metric
        UNION ALL SELECT origin, hlc FROM metric_point
        UNION ALL SELECT origin, hlc FROM growth_review UNION ALL SELECT origin, hlc FROM goal
        UNION ALL SELECT origin, hlc FROM key_result)
    GROUP BY origin;
INSERT INTO replica (id, seen) SELECT origin, seen FROM temp.replica_seen ORDER BY origin;
DROP TABLE temp.replica_seen;

-- Metric points, compactly: about 440 bytes a point before (a UUID id, the product's UUID
-- and the origin's in every row, and two indexes), about 40 now. A point is keyed by its
-- series and day alone: key = series << 23 | the day's Julian day number (every day of years
-- 1 to 9999 fits in 23 bits), so a series is one range of the table's own b-tree and needs
-- no index. Its record id is derived from product, metric and day when one is needed.
CREATE TABLE metric_series (
    n          INTEGER PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES product(id) DEFERRABLE INITIALLY DEFERRED,
    metric_key TEXT NOT NULL,
    UNIQUE (product_id, metric_key)
);
INSERT INTO metric_series (product_id, metric_key)
    SELECT DISTINCT product_id, metric_key FROM metric_point ORDER BY product_id, metric_key;

CREATE TABLE metric_point_v5 (
    key     INTEGER PRIMARY KEY,
    value   REAL NOT NULL,
    hlc     INTEGER NOT NULL,
    origin  INTEGER NOT NULL REFERENCES replica(n) DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0,
    sample  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO metric_point_v5 (key, value, hlc, origin, deleted, sample)
    SELECT (s.n << 23) | CAST(julianday(p.day) + 0.5 AS INTEGER), p.value, p.hlc, r.n, p.deleted,
           p.sample
    FROM metric_point p
    JOIN metric_series s ON s.product_id = p.product_id AND s.metric_key = p.metric_key
    JOIN replica r ON r.id = p.origin;
DROP TABLE metric_point;
ALTER TABLE metric_point_v5 RENAME TO metric_point;

-- A value that lost a merge to a concurrent edit of the same unit, kept for the user to
-- review: restored (written back as a new edit) or kept as it is. Its id is derived from the
-- record, the unit and the losing stamp, so that two workspaces that find the same conflict
-- keep one record; it merges like every other record (only `state` changes).
CREATE TABLE conflict (
    id          TEXT PRIMARY KEY,
    table_name  TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    unit        TEXT NOT NULL,
    lost_value  TEXT NOT NULL,
    lost_hlc    INTEGER NOT NULL,
    lost_origin TEXT NOT NULL,
    won_hlc     INTEGER NOT NULL,
    won_origin  TEXT NOT NULL,
    found_at    TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'open'
                CHECK (state = 'open' OR state = 'kept' OR state = 'restored'),
    sample      INTEGER NOT NULL DEFAULT 0,
    hlc         INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    stamps      TEXT
);
CREATE INDEX conflict_by_record ON conflict(table_name, record_id);

-- Settings that belong to the team's workspace rather than to one machine (the weekly
-- interview target, the PM load limit): they merge like records. Ids derive from the key.
CREATE TABLE workspace_setting (
    id      TEXT PRIMARY KEY,
    key     TEXT NOT NULL,
    value   TEXT NOT NULL,
    sample  INTEGER NOT NULL DEFAULT 0,
    hlc     INTEGER NOT NULL,
    origin  TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps  TEXT
);
