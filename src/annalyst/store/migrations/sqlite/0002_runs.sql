-- annalyst store, schema version 2 (SQLite): a run id on every row a save wrote, and views for Datasette.
--
-- `documents` stays shared: one row per text (keyed by sha256), written once however many runs read
-- it. Everything else belongs to one run: `runs` has a row per save, `run_documents` says which
-- documents a run read (with that run's contract form of each), and every derived table gains
-- `run` and `n` (the record's place in that run's dossier). A save is one transaction, so two runs
-- never see or touch each other's rows. Rows of a version-1 store become the rows of its last run.
-- The same schema in PostgreSQL: ../postgresql/0002_runs.sql.

ALTER TABLE runs RENAME TO runs_v1;
CREATE TABLE runs (
    id        INTEGER PRIMARY KEY,
    "user"    TEXT,
    started   TEXT,
    finished  TEXT,
    documents INTEGER NOT NULL DEFAULT 0,
    format    TEXT NOT NULL
);
INSERT INTO runs(id, "user", started, finished, documents, format)
    SELECT n, NULL, finished, finished, documents, format FROM runs_v1 WHERE n = (SELECT max(n) FROM runs_v1);

ALTER TABLE mentions RENAME TO mentions_v1;
ALTER TABLE entities RENAME TO entities_v1;
ALTER TABLE timexes RENAME TO timexes_v1;
ALTER TABLE events RENAME TO events_v1;
ALTER TABLE quotes RENAME TO quotes_v1;
ALTER TABLE claims RENAME TO claims_v1;
ALTER TABLE links RENAME TO links_v1;
ALTER TABLE findings RENAME TO findings_v1;
ALTER TABLE failures RENAME TO failures_v1;

CREATE TABLE run_documents (
    run  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    n    INTEGER NOT NULL,
    id   TEXT NOT NULL REFERENCES documents(id),
    data TEXT NOT NULL,
    PRIMARY KEY (run, id)
);
CREATE TABLE entities (
    run  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    n    INTEGER NOT NULL,
    id   TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (run, id)
);
CREATE TABLE mentions (
    run    INTEGER NOT NULL,
    n      INTEGER NOT NULL,
    entity TEXT NOT NULL,
    doc    TEXT NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    text   TEXT NOT NULL,
    PRIMARY KEY (run, n),
    FOREIGN KEY (run, entity) REFERENCES entities(run, id) ON DELETE CASCADE
);
CREATE TABLE timexes (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, n INTEGER NOT NULL,
                      id TEXT NOT NULL, doc TEXT NOT NULL, start INTEGER, "end" INTEGER, type TEXT, value TEXT,
                      data TEXT NOT NULL, PRIMARY KEY (run, id));
CREATE TABLE events (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, n INTEGER NOT NULL,
                     id TEXT NOT NULL, type TEXT, date TEXT, date_end TEXT, data TEXT NOT NULL, PRIMARY KEY (run, id));
CREATE TABLE quotes (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, n INTEGER NOT NULL,
                     id TEXT NOT NULL, doc TEXT NOT NULL, start INTEGER, "end" INTEGER, speaker TEXT,
                     data TEXT NOT NULL, PRIMARY KEY (run, id));
CREATE TABLE claims (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, n INTEGER NOT NULL,
                     id TEXT NOT NULL, doc TEXT NOT NULL, start INTEGER, "end" INTEGER, holder TEXT, stance TEXT,
                     data TEXT NOT NULL, PRIMARY KEY (run, id));
CREATE TABLE links (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, n INTEGER NOT NULL,
                    id TEXT NOT NULL, kind TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, data TEXT NOT NULL,
                    PRIMARY KEY (run, id));
CREATE TABLE findings (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, n INTEGER NOT NULL,
                       kind TEXT NOT NULL, doc TEXT, data TEXT NOT NULL, PRIMARY KEY (run, n));
CREATE TABLE failures (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, n INTEGER NOT NULL,
                       source TEXT NOT NULL, stage TEXT, data TEXT NOT NULL, PRIMARY KEY (run, n));

-- the rows of a version-1 store are its last run's (there is none in an empty store)
INSERT INTO run_documents SELECT r.id, d.rowid, d.id, d.data FROM documents d, runs r;
INSERT INTO entities SELECT r.id, x.rowid, x.id, x.name, x.type, x.data FROM entities_v1 x, runs r;
INSERT INTO mentions SELECT r.id, x.rowid, x.entity, x.doc, x.start, x."end", x.text FROM mentions_v1 x, runs r;
INSERT INTO timexes SELECT r.id, x.rowid, x.id, x.doc, x.start, x."end", x.type, x.value, x.data FROM timexes_v1 x, runs r;
INSERT INTO events SELECT r.id, x.rowid, x.id, x.type, x.date, x.date_end, x.data FROM events_v1 x, runs r;
INSERT INTO quotes SELECT r.id, x.rowid, x.id, x.doc, x.start, x."end", x.speaker, x.data FROM quotes_v1 x, runs r;
INSERT INTO claims SELECT r.id, x.rowid, x.id, x.doc, x.start, x."end", x.holder, x.stance, x.data
    FROM claims_v1 x, runs r;
INSERT INTO links SELECT r.id, x.rowid, x.id, x.kind, x.a, x.b, x.data FROM links_v1 x, runs r;
INSERT INTO findings SELECT r.id, x.n, x.kind, x.doc, x.data FROM findings_v1 x, runs r;
INSERT INTO failures SELECT r.id, x.n, x.source, x.stage, x.data FROM failures_v1 x, runs r;

DROP TABLE mentions_v1;
DROP TABLE entities_v1;
DROP TABLE timexes_v1;
DROP TABLE events_v1;
DROP TABLE quotes_v1;
DROP TABLE claims_v1;
DROP TABLE links_v1;
DROP TABLE findings_v1;
DROP TABLE failures_v1;
DROP TABLE runs_v1;

CREATE INDEX runs_finished ON runs(finished, id);
CREATE INDEX run_documents_n ON run_documents(run, n);
CREATE INDEX entities_n ON entities(run, n);
CREATE INDEX mentions_doc ON mentions(run, doc, start);
CREATE INDEX mentions_entity ON mentions(run, entity);
CREATE INDEX timexes_doc ON timexes(run, doc, start);
CREATE INDEX events_date ON events(run, date);
CREATE INDEX quotes_speaker ON quotes(run, speaker);
CREATE INDEX quotes_doc ON quotes(run, doc, start);
CREATE INDEX claims_doc ON claims(run, doc, start);
CREATE INDEX links_a ON links(run, a);
CREATE INDEX links_b ON links(run, b);

-- Views over the latest run, for Datasette and other SQL readers (the tables keep every run).
CREATE VIEW latest_run AS
    SELECT * FROM runs WHERE finished IS NOT NULL ORDER BY finished DESC, id DESC LIMIT 1;

CREATE VIEW entity_mentions AS
    SELECT m.run, m.entity, e.name AS entity_name, e.type AS entity_type, m.doc, d.title AS document_title,
           m.start, m."end", m.text AS words
    FROM mentions m
    JOIN entities e ON e.run = m.run AND e.id = m.entity
    JOIN documents d ON d.id = m.doc
    WHERE m.run = (SELECT id FROM latest_run);

CREATE VIEW quotes_with_speakers AS
    SELECT q.run, q.id, q.speaker, e.name AS speaker_name, json_extract(q.data, '$.speaker_text') AS speaker_text,
           json_extract(q.data, '$.text') AS words, q.doc, d.title AS document_title, q.start, q."end"
    FROM quotes q
    LEFT JOIN entities e ON e.run = q.run AND e.id = q.speaker
    JOIN documents d ON d.id = q.doc
    WHERE q.run = (SELECT id FROM latest_run);

CREATE VIEW claims_with_holders AS
    SELECT c.run, c.id, c.holder, e.name AS holder_name, c.stance, json_extract(c.data, '$.text') AS words,
           c.doc, d.title AS document_title, c.start, c."end"
    FROM claims c
    LEFT JOIN entities e ON e.run = c.run AND e.id = c.holder
    JOIN documents d ON d.id = c.doc
    WHERE c.run = (SELECT id FROM latest_run);
