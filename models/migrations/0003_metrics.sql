-- Schema step 3: products, the metric catalogue, metric series and growth reviews.
--
-- Merge columns as everywhere (see 0001). A metric point has a deterministic id derived
-- from (product, metric, day), so that two people importing the same CSV make the same row.

-- A product belongs to a team; products with product-market fit get a growth review at the
-- start of every month from pmf_since on.
CREATE TABLE product (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    team_id   TEXT REFERENCES team(id) DEFERRABLE INITIALLY DEFERRED,
    pmf       INTEGER NOT NULL DEFAULT 0,
    pmf_since TEXT,
    note      TEXT NOT NULL DEFAULT '',
    sample    INTEGER NOT NULL DEFAULT 0,
    hlc       INTEGER NOT NULL,
    origin    TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0
);

-- A metric definition. Bands: the poor, good and great thresholds (NULL: no bands), with
-- where they were taken from and when. smoothing_months 0 means no rolling average.
CREATE TABLE metric (
    id               TEXT PRIMARY KEY,
    key              TEXT NOT NULL,
    name             TEXT NOT NULL,
    definition       TEXT NOT NULL DEFAULT '',
    unit             TEXT NOT NULL CHECK (unit IN ('percent', 'count', 'currency', 'ratio')),
    good_direction   TEXT NOT NULL CHECK (good_direction IN ('up', 'down')),
    smoothing_months INTEGER NOT NULL DEFAULT 3,
    band_poor        REAL,
    band_good        REAL,
    band_great       REAL,
    band_source      TEXT NOT NULL DEFAULT '',
    band_taken_on    TEXT,
    sample           INTEGER NOT NULL DEFAULT 0,
    hlc              INTEGER NOT NULL,
    origin           TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX metric_by_key ON metric(key);

CREATE TABLE metric_point (
    id         TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES product(id) DEFERRABLE INITIALLY DEFERRED,
    metric_key TEXT NOT NULL,
    day        TEXT NOT NULL,
    value      REAL NOT NULL,
    sample     INTEGER NOT NULL DEFAULT 0,
    hlc        INTEGER NOT NULL,
    origin     TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX metric_point_by_series ON metric_point(product_id, metric_key, day);

-- One growth review of a product for a month (YYYY-MM), with its id derived from both.
CREATE TABLE growth_review (
    id         TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES product(id) DEFERRABLE INITIALLY DEFERRED,
    month      TEXT NOT NULL,
    done_on    TEXT,
    notes      TEXT NOT NULL DEFAULT '',
    link       TEXT NOT NULL DEFAULT '',
    sample     INTEGER NOT NULL DEFAULT 0,
    hlc        INTEGER NOT NULL,
    origin     TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX growth_review_by_product ON growth_review(product_id, month);
