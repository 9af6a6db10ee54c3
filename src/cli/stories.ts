import { createDefaultStoryClusterer, type StoryClusterer } from '../corpus/stories/index.js';
import type { Store } from '../store/store.js';

/**
 * The story clusterer for a batch: over the store's story index, so articles join stories formed in
 * earlier runs; without a store (`--no-store`), stories form among the articles of the batch.
 */
export function createBatchStories(store: Store | null): StoryClusterer {
  return createDefaultStoryClusterer(store ? { index: store.storyIndex() } : {});
}
