import { compareStory, renderFraming } from '../../corpus/framing/index.js';
import { explainStory, formatExplanation, formatStory, formatStoryList, listStories, showStory } from '../../corpus/stories/index.js';
import { createError } from '../../errors.js';
import type { ArticleRecord } from '../../output/record.js';
import { createStore, resolveStorePath } from '../../store/index.js';
import type { Store } from '../../store/store.js';
import { EXIT, type CommandRegistrar } from '../context.js';
import { parseDateFlag } from '../options.js';

// Opens the store, runs `work`, and always closes it.
function withStore<T>(db: string | undefined, work: (store: Store) => T): T {
  const store = createStore({ path: resolveStorePath(db) });
  try {
    return work(store);
  } finally {
    store.close();
  }
}

/** `crosswire stories`, `story ID`, `explain-story ARTICLE` and `compare STORY`. */
export const storiesCommand: CommandRegistrar = (program, ctx, setExit, dbOption) => {
  program
    .command('stories')
    .description('stories (articles reporting one event, in any language), newest first')
    .option('--since <date>', 'stories whose latest date is on or after (YYYY[-MM[-DD]])')
    .option('--lang <code>', 'stories with an article in this language')
    .option('--entity <name>', 'stories naming this entity (QID or name)')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print as JSON Lines')
    .addOption(dbOption())
    .action((opts: { since?: string; lang?: string; entity?: string; limit: string; json?: boolean; db?: string }) => {
      const since = parseDateFlag('--since', opts.since);
      withStore(opts.db, (store) => {
        const items = listStories(store.storyIndex(), { since, language: opts.lang, entity: opts.entity, limit: Number(opts.limit) || 50 });
        if (opts.json) for (const item of items) ctx.stdout.write(`${JSON.stringify(item)}\n`);
        else ctx.stdout.write(items.length ? `${formatStoryList(items)}\n` : 'No stories yet: ingest some articles first.\n');
      });
      setExit(EXIT.ok);
    });
  program
    .command('story')
    .description('one story: its articles side by side, shared entities, dates, quotes and storyline')
    .argument('<id>', 'a story id (from crosswire stories)')
    .option('--json', 'print as JSON')
    .addOption(dbOption())
    .action((id: string, opts: { json?: boolean; db?: string }) => {
      withStore(opts.db, (store) => {
        const view = showStory(store.storyIndex(), id);
        if (!view) throw createError('INVALID_ARGUMENT', 'story', id, 'a story id listed by crosswire stories');
        ctx.stdout.write(opts.json ? `${JSON.stringify(view)}\n` : `${formatStory(view)}\n`);
      });
      setExit(EXIT.ok);
    });
  program
    .command('explain-story')
    .description('why an article joined (or started) its story: the features that matched, with weights')
    .argument('<article>', 'an article id')
    .option('--json', 'print as JSON')
    .addOption(dbOption())
    .action((articleId: string, opts: { json?: boolean; db?: string }) => {
      withStore(opts.db, (store) => {
        const explanation = explainStory(store.storyIndex(), articleId);
        if (!explanation) throw createError('INVALID_ARGUMENT', 'article', articleId, 'the id of a stored article');
        ctx.stdout.write(opts.json ? `${JSON.stringify(explanation)}\n` : `${formatExplanation(explanation)}\n`);
      });
      setExit(EXIT.ok);
    });
  program
    .command('compare')
    .description('how each outlet framed one story: facts × outlets (events, entities, figures, quotes, background, attribution)')
    .argument('<story>', 'a story id')
    .option('--json', 'print the matrix as JSON')
    .addOption(dbOption())
    .action((id: string, opts: { json?: boolean; db?: string }) => {
      withStore(opts.db, (store) => {
        const view = showStory(store.storyIndex(), id);
        if (!view) throw createError('INVALID_ARGUMENT', 'story', id, 'a story id listed by crosswire stories');
        const records = view.members
          .map((m) => store.getArticle(m.id)?.record as ArticleRecord | undefined)
          .filter((r): r is ArticleRecord => r !== undefined);
        const matrix = compareStory(records);
        ctx.stdout.write(opts.json ? `${JSON.stringify(matrix)}\n` : `${renderFraming(matrix)}\n`);
      });
      setExit(EXIT.ok);
    });
};
