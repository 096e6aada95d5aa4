-- annalyst store, schema version 1.
-- Every record keeps its full dossier form in `data` (JSON), so the store
-- round-trips the contract losslessly; the other columns are for queries.

CREATE TABLE documents (
    id        TEXT PRIMARY KEY,
    sha256    TEXT NOT NULL UNIQUE,
    source    TEXT NOT NULL,
    title     TEXT,
    author    TEXT,
    published TEXT,
    text      TEXT NOT NULL,
    data      TEXT NOT NULL
);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TABLE entities (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE mentions (
    entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    doc    TEXT NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    text   TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc, start);
CREATE INDEX mentions_entity ON mentions(entity);

CREATE TABLE timexes (id TEXT PRIMARY KEY, doc TEXT NOT NULL, start INTEGER, "end" INTEGER,
                      type TEXT, value TEXT, data TEXT NOT NULL);
CREATE INDEX timexes_doc ON timexes(doc, start);
CREATE TABLE events (id TEXT PRIMARY KEY, type TEXT, date TEXT, date_end TEXT, data TEXT NOT NULL);
CREATE INDEX events_date ON events(date);
CREATE TABLE quotes (id TEXT PRIMARY KEY, doc TEXT NOT NULL, start INTEGER, "end" INTEGER,
                     speaker TEXT, data TEXT NOT NULL);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE TABLE claims (id TEXT PRIMARY KEY, doc TEXT NOT NULL, start INTEGER, "end" INTEGER,
                     holder TEXT, stance TEXT, data TEXT NOT NULL);
CREATE TABLE links (id TEXT PRIMARY KEY, kind TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,
                    data TEXT NOT NULL);
CREATE TABLE findings (n INTEGER PRIMARY KEY, kind TEXT NOT NULL, doc TEXT, data TEXT NOT NULL);
CREATE TABLE failures (n INTEGER PRIMARY KEY, source TEXT NOT NULL, stage TEXT, data TEXT NOT NULL);

CREATE TABLE runs (
    n          INTEGER PRIMARY KEY,
    finished   TEXT NOT NULL,
    documents  INTEGER NOT NULL,
    format     TEXT NOT NULL
);
