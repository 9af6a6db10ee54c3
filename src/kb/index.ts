/** The knowledge base: schema, loading (bundled + user files), lookup. */
export { KbEntitySchema, KbRoleSchema, KB_TYPES, type KbEntity, type KbRole, type KbType } from './schema.js';
export { parseKbText, readKbFile } from './parse.js';
export { createKnowledgeBase, displayName, isActive, type KnowledgeBase } from './knowledge-base.js';
export { loadKnowledgeBase, clearKnowledgeBaseCache, userKbDir, type KnowledgeBaseOptions } from './load.js';
export { addKbFile, findKbEntries, type AddKbResult } from './user-kb.js';
