import type { en } from './strings-en';

/** Key of a user-facing string; English defines the keys. */
export type MessageKey = keyof typeof en;

/** Every string of one language: a language that misses a key does not compile. */
export type Catalogue = Readonly<Record<MessageKey, string>>;
