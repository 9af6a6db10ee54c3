import { createArticle } from '../../model/article.js';
import { emptyAnalysis, type Analysis, type EntityRef, type EntityType, type Mention, type MentionForm } from '../../model/analysis.js';
import { loadLanguage } from '../../languages/index.js';
import { createBufferedTrace } from '../../pipeline/trace.js';
import type { StageContext } from '../../pipeline/stage.js';
import { foldText } from '../normalize/fold.js';
import { segmentSentences } from '../segment/sentences.js';
import { tokenize } from '../segment/tokens.js';

/**
 * Test support for the quotes stage: an analysis built the way the pipeline would, with mentions
 * given by hand (the entities stage stands in for them), so speaker tests do not depend on linking.
 */

/** A hand-made entity: every occurrence of each surface form becomes a mention of it. */
export interface EntitySpec {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly surfaces: readonly string[];
  readonly form?: MentionForm;
}

/**
 * Builds an analysis of `text` in language `code` with mentions of `entities` at every occurrence
 * of their surface forms (longest form first, no overlaps).
 */
export function analysisWithMentions(text: string, code: string, entities: readonly EntitySpec[]): Analysis {
  const article = createArticle({ text }, 'test');
  const pack = loadLanguage(code);
  const mentions: Mention[] = [];
  const forms = entities.flatMap((e) => e.surfaces.map((s) => ({ e, s }))).sort((a, b) => b.s.length - a.s.length);
  for (const { e, s } of forms) {
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
      const span = { start: at, end: at + s.length };
      if (mentions.some((m) => m.span.start < span.end && span.start < m.span.end)) continue;
      mentions.push({ span, text: s, form: e.form ?? 'name', type: e.type, entityId: e.id, method: 'test', confidence: 1 });
    }
  }
  mentions.sort((a, b) => a.span.start - b.span.start);
  const refs: EntityRef[] = entities.map(({ id, type, name }) => ({ id, type, name }));
  return {
    ...emptyAnalysis(article),
    language: code,
    normalized: foldText(text),
    sentences: segmentSentences(text, pack).map((span) => ({ span })),
    tokens: tokenize(text),
    mentions,
    entities: refs.filter((r) => mentions.some((m) => m.entityId === r.id)),
  };
}

/** A stage context for tests: real language packs, a buffered trace, diagnostics collected. */
export function testContext(): StageContext & { lines: string[]; diagnostics: unknown[] } {
  const { trace, lines } = createBufferedTrace();
  const diagnostics: unknown[] = [];
  return {
    reference: new Date('2025-08-20T00:00:00Z'),
    now: new Date('2025-08-21T00:00:00Z'),
    language: loadLanguage,
    trace,
    report: (d) => diagnostics.push(d),
    lines,
    diagnostics,
  };
}
