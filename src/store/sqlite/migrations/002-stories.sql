-- 002: story clustering (src/corpus/stories/sqlite-index.ts): the articles the clusterer has seen,
-- its inverted index (feature keys and MinHash bands → articles) and the stories.
-- Articles are keyed by their id, not articles(seq): a story index may hold articles that were
-- clustered but not stored (`--no-store` into a scratch database).

CREATE TABLE story_articles (
  -- Arrival order in the story index: postings are read newest first by it.
  seq          INTEGER PRIMARY KEY,
  id           TEXT    NOT NULL UNIQUE,
  story_id     TEXT    NOT NULL,
  -- The article this one is a near-duplicate of (src/corpus/dedup), or NULL.
  duplicate_of TEXT,
  -- JSON: features, MinHash signature, display metadata and the assignment decision (explain-story).
  data         TEXT    NOT NULL
) STRICT;

CREATE INDEX story_articles_story ON story_articles (story_id);

-- The inverted index: one row per (feature key, article). Candidate retrieval reads the newest
-- rows of a key with a LIMIT, so it never scans the corpus.
CREATE TABLE story_postings (
  key  TEXT    NOT NULL,
  seq  INTEGER NOT NULL,
  PRIMARY KEY (key, seq)
) STRICT, WITHOUT ROWID;

-- Document frequency per key, kept beside the postings so IDF is one lookup.
CREATE TABLE story_keys (
  key  TEXT    PRIMARY KEY,
  df   INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE stories (
  id           TEXT    PRIMARY KEY,
  first_date   TEXT,
  last_date    TEXT,
  last_seq     INTEGER NOT NULL,
  -- JSON array of member article ids in arrival order.
  article_ids  TEXT    NOT NULL
) STRICT;

CREATE INDEX stories_last ON stories (last_date, last_seq);
