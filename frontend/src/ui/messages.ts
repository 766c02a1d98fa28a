import type { Catalogue, MessageKey } from './i18n/catalogue';
import { en } from './i18n/strings-en';

export type { MessageKey } from './i18n/catalogue';

/** Keys that come in plural forms, without the `.one`/`.other` ending. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}.other`
    ? Base
    : never
  : never;

/** A language the app speaks. */
export type Locale = 'en' | 'sw';

/** Every language, in the order the settings screen offers them. */
export const LOCALES: readonly Locale[] = ['en', 'sw'];

/** English ships in the main bundle; other languages load (from the precache) when chosen. */
const loaders: Record<Locale, () => Promise<Catalogue>> = {
  en: () => Promise.resolve(en),
  sw: async () => (await import('./i18n/strings-sw')).sw,
};

const STORAGE_KEY = 'bidhaa.locale';

let locale: Locale = 'en';
let catalogue: Catalogue = en;

/** The active language, for `lang` attributes and `Intl` formatters. */
export function currentLocale(): Locale {
  return locale;
}

/** True when `key` names a string in the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The string for `key` in the active language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return catalogue[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/** The plural form of `key` for `count` (filled in as `{count}`), by the language's plural rules. */
export function tn(
  key: PluralKey,
  count: number,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { count, ...params });
}

/** Switches the language used by later {@link t} calls, loading its strings first. */
export async function setLocale(next: Locale): Promise<void> {
  catalogue = await loaders[next]();
  locale = next;
}

/**
 * Loads the language chosen on this device before, or else the first of the browser's preferred
 * languages that the app speaks, or else English.
 */
export async function loadLocale(
  storage: Pick<Storage, 'getItem'> = localStorage,
  preferred: readonly string[] = navigator.languages,
): Promise<Locale> {
  const chosen = storage.getItem(STORAGE_KEY);
  const next = isLocale(chosen) ? chosen : preferredLocale(preferred);
  await setLocale(next);
  return next;
}

/** Remembers `next` as this device's language and switches to it. */
export async function chooseLocale(
  next: Locale,
  storage: Pick<Storage, 'setItem'> = localStorage,
): Promise<void> {
  storage.setItem(STORAGE_KEY, next);
  await setLocale(next);
}

function preferredLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(language)) {
      return language;
    }
  }
  return 'en';
}

function isLocale(value: string | null): value is Locale {
  return value !== null && (LOCALES as readonly string[]).includes(value);
}
