import { createHash } from 'node:crypto';
import type { Analysis } from '../../model/analysis.js';
import { bandKeys, compareAnchors, findDuplicate, isAnchorCopy, isAnchorCopyInStory, signatureOf, type AnchorMatch } from '../dedup/index.js';
import { postedKeys, retrieveCandidates, type CandidateOptions } from './candidates.js';
import type { StoryCandidate, StoryDecision } from './decision.js';
import type { Encoder } from './encoder.js';
import { extractStoryFeatures, type StoryFeatures } from './features.js';
import type { NameLexicon } from './known-names.js';
import { createMemoryStoryIndex } from './memory-index.js';
import { isoDay, relateDates } from './dates.js';
import { describeArticle } from './meta.js';
import { createFeatureSimilarity, DEFAULT_KIND_WEIGHTS, type Idf, type KindWeights, type Similarity } from './similarity.js';
import type { IndexedArticle, StoryIndex, StoryRecord } from './story-index.js';
import { NO_RULES, type TermRules } from './terms.js';

/**
 * Online story assignment (single-pass clustering, as in TDT first-story detection, Allan et al.
 * 1998): each arriving article is compared with a bounded set of candidates from the inverted index
 * and joins the story of the best match above a threshold, or starts a new story. A batch is a
 * stream: the result depends on nothing but what arrived before.
 */

/** Score from which an article joins a story (tuned on the dev sets; docs/quality.md, Stories). */
export const DEFAULT_THRESHOLD = 0.27;

/**
 * Pseudo-documents added to the corpus size in the IDF, so the first few articles are not weighed by
 * a corpus of two (additive smoothing; the prior fades as the index grows).
 */
export const IDF_PRIOR_DOCUMENTS = 50;

/**
 * Corpus growth factor after which cached IDF values (and the article weights built on them) are
 * recomputed: 1.2 against 1.05 cut assignment time by about a third on the dev sets at a cost of
 * 0.001 ECB+ B³ (docs/quality.md, Stories).
 */
const IDF_REFRESH = 1.2;

/** Document frequencies kept in memory before the cache starts over (~100 MB at most). */
const MAX_CACHED_FREQUENCIES = 1_000_000;

/** What the clusterer did with one article. */
export interface StoryAssignment {
  readonly articleId: string;
  readonly storyId: string;
  /** True when the article started the story. */
  readonly created: boolean;
  readonly duplicateOf: string | null;
  readonly decision: StoryDecision;
}

/** Assigns articles to stories, one at a time, in arrival order. */
export interface StoryClusterer {
  readonly index: StoryIndex;
  /**
   * Assigns an analysed article (again: an article already indexed keeps its story).
   * @example const { storyId } = clusterer.assign(analysis); // then { ...analysis, story: storyId }
   */
  assign(analysis: Readonly<Analysis>): StoryAssignment;
}

/** Options for {@link createStoryClusterer}. */
export interface StoryClustererOptions {
  /** Default: a new in-memory index (stories among this run's articles). */
  readonly index?: StoryIndex;
  readonly similarity?: Similarity;
  readonly threshold?: number;
  readonly weights?: Partial<KindWeights>;
  readonly candidates?: CandidateOptions;
  /** Word rules per language (stopwords, clitics from the language packs); default none. */
  readonly rules?: (language: string) => TermRules;
  /** Known names and people (see createNameLexicon); default none. */
  readonly names?: NameLexicon;
  /** A dense encoder for createEncoderSimilarity; off by default. */
  readonly encoder?: Encoder;
  /** Minimum estimated Jaccard for a copy (see src/corpus/dedup). */
  readonly duplicateJaccard?: number;
}

/**
 * Creates an online story clusterer.
 * @example
 * const clusterer = createStoryClusterer({ rules: (code) => termRules(loadLanguage(code)) });
 * for (const analysis of analyses) clusterer.assign(analysis);
 */
export function createStoryClusterer(options: StoryClustererOptions = {}): StoryClusterer {
  const index = options.index ?? createMemoryStoryIndex();
  const similarity = options.similarity ?? createFeatureSimilarity({ weights: options.weights });
  const weights = { ...DEFAULT_KIND_WEIGHTS, ...options.weights };
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const rulesFor = options.rules ?? (() => NO_RULES);

  // Document frequencies read from the index are kept and bumped as this clusterer adds articles,
  // so each key is read once, not once per article (over SQLite, reading them was a third of the
  // assignment time). They stay exact for this process; another process writing the same store
  // meanwhile only makes an IDF slightly stale.
  let dfCache = new Map<string, number>();
  const documentFrequency = (key: string): number => {
    let df = dfCache.get(key);
    if (df === undefined) {
      if (dfCache.size >= MAX_CACHED_FREQUENCIES) dfCache = new Map();
      df = index.documentFrequency(key);
      dfCache.set(key, df);
    }
    return df;
  };
  const counted = (keys: Iterable<string>) => {
    for (const key of keys) {
      const df = dfCache.get(key);
      if (df !== undefined) dfCache.set(key, df + 1);
    }
  };

  const lookups = { documentFrequency, postings: (key: string, limit: number) => index.postings(key, limit) };

  // IDF with one more document (the new article) than the index holds, smoothed by a prior corpus
  // (IDF_PRIOR_DOCUMENTS). Values are kept for an epoch, until the corpus grows by IDF_REFRESH: a
  // log changes little meanwhile, and recomputing them for every comparison was most of the cost.
  let epoch = -1;
  let idfCache = new Map<string, number>();
  const idfFor = (): Idf => {
    const n = index.size() + 1 + IDF_PRIOR_DOCUMENTS;
    const now = Math.floor(Math.log(n) / Math.log(IDF_REFRESH));
    if (now !== epoch) {
      epoch = now;
      idfCache = new Map();
    }
    const idf = (key: string) => {
      let value = idfCache.get(key);
      if (value === undefined) {
        value = Math.log(n / (documentFrequency(key) + 1.5));
        idfCache.set(key, value);
      }
      return value;
    };
    return Object.assign(idf, { epoch: now });
  };

  return {
    index,
    assign(analysis) {
      const id = analysis.article.id;
      const known = index.getArticle(id);
      if (known) return { articleId: id, storyId: known.storyId, created: false, duplicateOf: known.duplicateOf, decision: known.decision };
      const base = extractStoryFeatures(analysis, { rules: rulesFor(analysis.language), names: options.names });
      const vector = options.encoder?.encode(analysis) ?? undefined;
      const features: StoryFeatures = vector ? { ...base, vector } : base;
      const signature = signatureOf(analysis.tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm));
      const duplicate = findDuplicate(signature, {
        postings: (key, limit) => index.postings(key, limit),
        signatureOf: (other) => index.getArticle(other),
      }, options.duplicateJaccard);
      const idf = idfFor();
      const found = retrieveCandidates(features, lookups, idf, weights, options.candidates);
      const ranked = rankStories(features, found.ids, index, similarity, idf);
      const best = ranked[0] ?? null;
      const translation = duplicate ? null : (findTranslation(features, found.ids, index, isAnchorCopy) ?? translationInStory(features, best, threshold, found.ids, index));
      const copied = duplicate ?? translation;
      const original = copied ? index.getArticle(copied.of) : null;
      const joined = original ? original.storyId : best && best.score >= threshold ? best.storyId : null;
      const storyId = joined ?? newStoryId(id);
      const decision: StoryDecision = {
        action: original ? 'duplicate' : joined ? 'joined' : 'started',
        storyId,
        threshold,
        best,
        others: ranked.slice(1, 6).map((c) => ({ storyId: c.storyId, articleId: c.articleId, score: c.score })),
        duplicate: original && duplicate ? { of: original.id, jaccard: duplicate.jaccard } : original && translation ? { of: original.id, jaccard: 0, anchors: translation.anchors } : null,
        compared: found.ids.length,
        postingsRead: found.postingsRead,
      };
      const seq = index.size() + 1;
      const article: IndexedArticle = {
        id,
        seq,
        storyId,
        duplicateOf: original?.id ?? null,
        features,
        signature,
        meta: describeArticle(analysis, features.when),
        decision,
      };
      const story = updateStory(index.getStory(storyId), storyId, article);
      const bands = bandKeys(signature);
      const keys = [...Object.keys(features.counts), ...bands];
      index.addArticle(article, { counted: keys, posted: [...postedKeys(features, idf), ...bands] }, story);
      counted(keys);
      return { articleId: id, storyId, created: joined === null, duplicateOf: article.duplicateOf, decision };
    },
  };
}

/**
 * The candidate the article is a translation of: in another language, with the same names and
 * numbers in the same order (src/corpus/dedup/anchors.ts) and no veto on the dates. A copy of a
 * copy points at the first original.
 */
function findTranslation(features: StoryFeatures, ids: readonly string[], index: StoryIndex, isCopy: (m: AnchorMatch) => boolean): { of: string; anchors: AnchorMatch } | null {
  if (!features.anchors) return null;
  let best: { of: string; anchors: AnchorMatch } | null = null;
  for (const id of ids) {
    const other = index.getArticle(id);
    if (!other?.features.anchors || other.features.language === features.language) continue;
    const anchors = compareAnchors(features.anchors, other.features.anchors);
    if (!isCopy(anchors) || relateDates(features.when, other.features.when).relation === 'far') continue;
    if (!best || anchors.dice > best.anchors.dice) best = { of: other.duplicateOf ?? id, anchors };
  }
  return best;
}

// Among the members of the story the article joins (same event already), which one it translates.
function translationInStory(features: StoryFeatures, best: StoryCandidate | null, threshold: number, ids: readonly string[], index: StoryIndex): { of: string; anchors: AnchorMatch } | null {
  if (!best || best.score < threshold) return null;
  const members = ids.filter((id) => index.getArticle(id)?.storyId === best.storyId);
  return findTranslation(features, members, index, isAnchorCopyInStory);
}

// Scores each candidate and keeps, per story, its best-scoring member (single link).
function rankStories(features: StoryFeatures, ids: readonly string[], index: StoryIndex, similarity: Similarity, idf: (key: string) => number): StoryCandidate[] {
  const best = new Map<string, StoryCandidate>();
  for (const id of ids) {
    const other = index.getArticle(id);
    if (!other) continue;
    const pair = similarity.compare(features, other.features, idf);
    const current = best.get(other.storyId);
    if (!current || pair.score > current.score) best.set(other.storyId, { ...pair, storyId: other.storyId, articleId: id });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

// A stable story id from the article that started it, so re-running a batch gives the same ids.
function newStoryId(articleId: string): string {
  return 's-' + createHash('sha1').update(articleId).digest('hex').slice(0, 12);
}

function updateStory(story: StoryRecord | null, id: string, article: IndexedArticle): StoryRecord {
  const { when } = article.features;
  const date = article.meta.eventDate ?? (when.published !== null ? isoDay(when.published) : null);
  const min = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
  const max = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));
  if (!story) return { id, articleIds: [article.id], firstDate: date, lastDate: date, lastSeq: article.seq };
  return {
    id,
    articleIds: [...story.articleIds, article.id],
    firstDate: min(story.firstDate, date),
    lastDate: max(story.lastDate, date),
    lastSeq: article.seq,
  };
}
