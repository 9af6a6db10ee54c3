-- 001: articles and their full-text index.
-- Applied in one transaction by migrate.ts, which then sets PRAGMA user_version = 1.
-- Later migrations (002-entities.sql, 003-stories.sql …) add tables that refer to articles(seq).

-- Marks the file as a crosswire store ('CRSW'), so opening some other database is refused.
PRAGMA application_id = 1129468759;

CREATE TABLE articles (
  -- Row id alias: the join key of the FTS index and of later per-article tables.
  seq                  INTEGER PRIMARY KEY,
  id                   TEXT    NOT NULL UNIQUE,
  url                  TEXT,
  -- canonicalUrlKey(url): same page → same article (see src/store/identity.ts).
  url_key              TEXT    UNIQUE,
  title                TEXT,
  source               TEXT,
  published_at         TEXT,
  -- published_at as epoch milliseconds (UTC), for date filters; NULL when absent or unreadable.
  published_ts         INTEGER,
  published_at_source  TEXT    NOT NULL,
  language             TEXT    NOT NULL,
  language_confidence  REAL    NOT NULL,
  script               TEXT    NOT NULL,
  -- The ORIGINAL text, never altered: every stored offset refers to it.
  text                 TEXT    NOT NULL,
  -- SHA-256 hex of the normalised text (white space collapsed): the duplicate key.
  content_hash         TEXT    NOT NULL,
  -- The JSON Lines contract record and the analyzer versions (stage → version), as JSON.
  record               TEXT    NOT NULL,
  analyzers            TEXT    NOT NULL,
  file                 TEXT,
  ingested_at          TEXT    NOT NULL,
  updated_at           TEXT    NOT NULL
) STRICT;

CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published_ts);
CREATE INDEX articles_language_published ON articles (language, published_ts);
CREATE INDEX articles_source ON articles (source COLLATE NOCASE);

-- Full text over the NORMALISED title and text (normalizeForMatch), rowid = articles.seq.
-- Contentless (content=''): the normalised text is needed only to build the index, and snippets are
-- cut from the original text, so storing a normalised copy (regular or external-content table)
-- would double the text on disk for nothing. contentless_delete=1 (SQLite ≥ 3.43) allows the
-- DELETE an update needs. The application writes both tables in the same transaction.
-- remove_diacritics 0: the indexed text is already folded (marks stripped) by normalizeForMatch, and
-- the tokenizer's own diacritic removal doubled indexing time (measured on 10k articles).
CREATE VIRTUAL TABLE article_fts USING fts5 (
  title,
  text,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);
