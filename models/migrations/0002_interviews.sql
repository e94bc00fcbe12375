-- Schema step 2: interviews, user research and candidate interviews held by PMs.
--
-- starts_at is UTC, ISO 8601 with a Z and fixed width (YYYY-MM-DDTHH:MM:SSZ) so that text
-- order is time order; time_zone is the IANA id of the place it was booked in (empty:
-- floating, shown in the viewer's zone). An all-day interview starts at 00:00 UTC of its
-- first day and lasts whole days. ics_uid is the iCalendar UID it travels under and
-- sequence its iCalendar SEQUENCE, raised on each change. scorecard is JSON (candidates).

CREATE TABLE interview (
    id           TEXT PRIMARY KEY,
    pm_id        TEXT NOT NULL REFERENCES pm(id) DEFERRABLE INITIALLY DEFERRED,
    kind         TEXT NOT NULL CHECK (kind IN ('user', 'candidate')),
    interviewee  TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    team_id      TEXT REFERENCES team(id) DEFERRABLE INITIALLY DEFERRED,
    product      TEXT NOT NULL DEFAULT '',
    starts_at    TEXT NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes > 0),
    all_day      INTEGER NOT NULL DEFAULT 0,
    time_zone    TEXT NOT NULL DEFAULT '',
    location     TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled', 'no-show')),
    notes        TEXT NOT NULL DEFAULT '',
    findings     TEXT NOT NULL DEFAULT '',
    scorecard    TEXT NOT NULL DEFAULT '',
    ics_uid      TEXT NOT NULL DEFAULT '',
    sequence     INTEGER NOT NULL DEFAULT 0,
    sample       INTEGER NOT NULL DEFAULT 0,
    hlc          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX interview_by_start ON interview(starts_at);
CREATE INDEX interview_by_pm ON interview(pm_id, starts_at);
CREATE INDEX interview_by_uid ON interview(ics_uid);
