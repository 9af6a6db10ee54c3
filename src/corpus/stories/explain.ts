import type { EvidenceKind, PairScore, StoryDecision } from './decision.js';
import type { StoryIndex } from './story-index.js';

/**
 * `crosswire explain-story ARTICLE`: why an article is in its story, as printable data. The
 * decision was recorded when the article was assigned (a lazy trace of the clustering, STYLE 14),
 * so explaining costs a lookup, and the explanation is what was decided then.
 */

/** One matched feature, labelled for people. */
export interface ExplainedMatch {
  /** The feature key (`n:BSKN`, `e:Q184`, `t:ro:relati`, `#:2025`). */
  readonly feature: string;
  /** A readable label: the entity's name when known, else the key without its prefix. */
  readonly label: string;
  readonly kind: EvidenceKind;
  readonly weight: number;
}

/** Why an article is in its story. */
export interface StoryExplanation {
  readonly articleId: string;
  readonly storyId: string;
  readonly action: StoryDecision['action'];
  readonly threshold: number;
  /** The best match: with whom, how strong, on which features. */
  readonly match:
    | (Omit<PairScore, 'matches'> & {
        readonly articleId: string;
        readonly title: string | null;
        readonly features: readonly ExplainedMatch[];
      })
    | null;
  readonly others: StoryDecision['others'];
  readonly duplicate: StoryDecision['duplicate'];
  readonly cost: { readonly compared: number; readonly postingsRead: number };
}

/**
 * Explains an article's story assignment, or null when the article is not indexed.
 * @example explainStory(index, '002')?.match?.features[0] // { feature: 'n:BSKN', label: 'BSKN', kind: 'name', weight: 0.11 }
 */
export function explainStory(index: StoryIndex, articleId: string): StoryExplanation | null {
  const article = index.getArticle(articleId);
  if (!article) return null;
  const d = article.decision;
  const other = d.best ? index.getArticle(d.best.articleId) : null;
  const names = new Map([...article.meta.entities, ...(other?.meta.entities ?? [])].map((e) => [e.id, e.name]));
  const label = (key: string) => {
    const bare = key.slice(key.indexOf(':') + 1);
    return names.get(bare) ?? bare.replace(/^[a-z]{2}:/, '');
  };
  return {
    articleId,
    storyId: article.storyId,
    action: d.action,
    threshold: d.threshold,
    match: d.best && {
      articleId: d.best.articleId,
      title: other?.meta.title ?? other?.meta.lead ?? null,
      score: d.best.score,
      kinds: d.best.kinds,
      dates: d.best.dates,
      dateBonus: d.best.dateBonus,
      participants: d.best.participants,
      participantPenalty: d.best.participantPenalty,
      features: d.best.matches.map((m) => ({ feature: m.key, label: label(m.key), kind: m.kind, weight: m.weight })),
    },
    others: d.others,
    duplicate: d.duplicate,
    cost: { compared: d.compared, postingsRead: d.postingsRead },
  };
}
