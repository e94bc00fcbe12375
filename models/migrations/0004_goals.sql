-- Schema step 4: quarterly goals of the PM team and their key results.
--
-- A goal belongs to a quarter ("2025-Q1"). Its supporters are kept as a space-separated list
-- of PM ids on the goal itself: they are edited together with the goal and merge with it as
-- one field, so a separate table would buy nothing but joins.
-- rank orders the cards on the board; it is a real so that a moved card gets a rank between
-- its new neighbours and only that one record changes.

CREATE TABLE goal (
    id             TEXT PRIMARY KEY,
    quarter        TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    title          TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('pm_goal', 'research', 'side_project')),
    owner_id       TEXT REFERENCES pm(id) DEFERRABLE INITIALLY DEFERRED,
    supporters     TEXT NOT NULL DEFAULT '',
    team_id        TEXT REFERENCES team(id) DEFERRABLE INITIALLY DEFERRED,
    status         TEXT NOT NULL
                   CHECK (status IN ('not_started', 'on_track', 'at_risk', 'done', 'dropped')),
    description    TEXT NOT NULL DEFAULT '',
    findings_url   TEXT NOT NULL DEFAULT '',
    rank           REAL NOT NULL DEFAULT 0,
    carried_from   TEXT,
    sample         INTEGER NOT NULL DEFAULT 0,
    hlc            INTEGER NOT NULL,
    origin         TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX goal_by_quarter ON goal(quarter, rank);

-- A key result of a goal, checked off by hand, or bound to a metric of a product so that its
-- progress follows the data. The metric binding names the product and metric by id and key
-- only, without a foreign key: metrics live in their own area and may be merged in later.
CREATE TABLE key_result (
    id              TEXT PRIMARY KEY,
    goal_id         TEXT NOT NULL REFERENCES goal(id) DEFERRABLE INITIALLY DEFERRED,
    position        INTEGER NOT NULL,
    text            TEXT NOT NULL,
    done            INTEGER NOT NULL DEFAULT 0,
    metric_product  TEXT,
    metric_key      TEXT,
    metric_baseline REAL,
    metric_target   REAL,
    sample          INTEGER NOT NULL DEFAULT 0,
    hlc             INTEGER NOT NULL,
    origin          TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    CHECK ((metric_product IS NULL) = (metric_key IS NULL))
);

CREATE INDEX key_result_by_goal ON key_result(goal_id, position);
