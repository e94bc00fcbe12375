-- Schema step 1: the workspace's own facts, PMs, teams and who supports which team when.
--
-- Every record users create carries the merge columns: id (UUID text), hlc (hybrid logical
-- clock stamp of its last change), origin (replica id that made that change), deleted
-- (a tombstone, so deletions travel), and sample (made by `cadence sample`).
-- Dates are ISO 8601 text (YYYY-MM-DD); an end or archive date is exclusive.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE pm (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL DEFAULT '',
    joined_on   TEXT NOT NULL,
    archived_on TEXT,
    note        TEXT NOT NULL DEFAULT '',
    sample      INTEGER NOT NULL DEFAULT 0,
    hlc         INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE team (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    created_on  TEXT NOT NULL,
    archived_on TEXT,
    note        TEXT NOT NULL DEFAULT '',
    sample      INTEGER NOT NULL DEFAULT 0,
    hlc         INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);

-- A PM supports a team, fully or lightly, from start_on until end_on (exclusive; NULL: still).
-- Foreign keys are deferred so that a merge may bring an assignment before its team.
CREATE TABLE assignment (
    id       TEXT PRIMARY KEY,
    team_id  TEXT NOT NULL REFERENCES team(id) DEFERRABLE INITIALLY DEFERRED,
    pm_id    TEXT NOT NULL REFERENCES pm(id) DEFERRABLE INITIALLY DEFERRED,
    support  TEXT NOT NULL CHECK (support IN ('full', 'light')),
    start_on TEXT NOT NULL,
    end_on   TEXT,
    sample   INTEGER NOT NULL DEFAULT 0,
    hlc      INTEGER NOT NULL,
    origin   TEXT NOT NULL,
    deleted  INTEGER NOT NULL DEFAULT 0,
    CHECK (end_on IS NULL OR end_on > start_on)
);

CREATE INDEX assignment_by_team ON assignment(team_id, start_on);
CREATE INDEX assignment_by_pm ON assignment(pm_id, start_on);
