-- Schema step 6: the checklist of the This week pane.
--
-- A row holds what a user did with one item of a PM's week: a suggestion the plan makes from
-- the other areas (ticked off, snoozed, dismissed), or an item the user added. Suggestions are
-- computed, not stored: a row exists once the user acts on one, and its id is derived from what
-- the suggestion is about (pm_id, rule, subject_id, period), so that two people acting on the
-- same suggestion make the same record and their workspaces merge it as one.
--
-- pm_id is the PM whose week it is ('' for everyone's, the team-wide plan); no foreign key, as
-- '' names no PM. period is what the suggestion recurs by: an ISO week ("2026-W47"), a month
-- ("2026-11"), a quarter ("2026-Q4") or '' for a one-off. An added item (rule 'custom') has its
-- text and the day it is for, and stays on the plan from that day's week until it is done.
-- The merge columns as everywhere (see 0001), and per-unit stamps (see 0005).

CREATE TABLE week_action (
    id            TEXT PRIMARY KEY,
    pm_id         TEXT NOT NULL DEFAULT '',
    rule          TEXT NOT NULL,
    subject_id    TEXT NOT NULL DEFAULT '',
    period        TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL DEFAULT '',
    day           TEXT,
    state         TEXT NOT NULL CHECK (state IN ('open', 'done', 'snoozed', 'dismissed')),
    snoozed_until TEXT,
    done_on       TEXT,
    sample        INTEGER NOT NULL DEFAULT 0,
    hlc           INTEGER NOT NULL,
    origin        TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    stamps        TEXT,
    CHECK (state <> 'snoozed' OR snoozed_until IS NOT NULL)
);

CREATE INDEX week_action_by_pm ON week_action(pm_id, period);

-- The plan asks, for each team a PM covers, when its users were last interviewed.
CREATE INDEX interview_done_by_team ON interview(team_id, starts_at)
    WHERE kind = 'user' AND status = 'done' AND deleted = 0;

-- And for one PM, the goals of the quarter they own or support: read off the index, without
-- visiting the rows of everybody else's goals.
CREATE INDEX goal_by_quarter_pm ON goal(quarter, deleted, owner_id, supporters);
