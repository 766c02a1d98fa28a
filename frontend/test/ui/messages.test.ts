import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/strings-en';
import { sw } from '../../src/ui/i18n/strings-sw';
import { formatMoney } from '../../src/ui/format';
import {
  chooseLocale,
  currentLocale,
  isMessageKey,
  loadLocale,
  setLocale,
  t,
  tn,
  type MessageKey,
} from '../../src/ui/messages';

/** Remembers what was stored, as localStorage does. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('messages', () => {
  afterEach(() => setLocale('en'));

  describe('t', () => {
    it('fills in named placeholders', () => {
      expect(t('problem.too-many-attempts', { when: 'in 1 minute' })).toBe(
        'Too many sign-in attempts. Try again in 1 minute.',
      );
    });

    it('leaves a placeholder visible when its value is missing', () => {
      expect(t('problem.too-many-attempts')).toBe('Too many sign-in attempts. Try again {when}.');
    });

    it('speaks Swahili once it is chosen', async () => {
      await setLocale('sw');
      expect(t('nav.sell')).toBe('Uza');
      expect(currentLocale()).toBe('sw');
    });
  });

  describe('tn', () => {
    it('picks the singular and plural sentence in each language', async () => {
      expect(tn('status.waiting', 1)).toBe('1 sale waiting');
      expect(tn('status.waiting', 3)).toBe('3 sales waiting');
      await setLocale('sw');
      expect(tn('status.waiting', 1)).toBe('Mauzo 1 yanasubiri');
      expect(tn('status.waiting', 3)).toBe('Mauzo 3 yanasubiri');
    });
  });

  describe('catalogues', () => {
    const keys = Object.keys(en) as MessageKey[];

    it('give every Swahili string the placeholders of the English one', () => {
      const mismatched = keys.filter(
        (key) => placeholders(en[key]).join() !== placeholders(sw[key]).join(),
      );
      expect(mismatched).toEqual([]);
    });

    it('have no empty strings and no keys English lacks', () => {
      expect(Object.keys(sw).sort()).toEqual([...keys].sort());
      expect(keys.filter((key) => sw[key].trim() === '' || en[key].trim() === '')).toEqual([]);
    });
  });

  describe('loadLocale', () => {
    it('uses the language chosen on this device before', async () => {
      expect(await loadLocale(memoryStorage({ 'bidhaa.locale': 'sw' }), ['en-GB'])).toBe('sw');
    });

    it('else takes the first preferred language the app speaks', async () => {
      expect(await loadLocale(memoryStorage(), ['fr-FR', 'sw-TZ', 'en'])).toBe('sw');
      expect(await loadLocale(memoryStorage(), ['fr-FR'])).toBe('en');
    });

    it('ignores a stored value that is no language of the app', async () => {
      expect(await loadLocale(memoryStorage({ 'bidhaa.locale': 'xx' }), ['en-US'])).toBe('en');
    });
  });

  describe('chooseLocale', () => {
    it('remembers the choice and formats money in that language', async () => {
      const storage = memoryStorage();
      await chooseLocale('sw', storage);
      expect(storage.items.get('bidhaa.locale')).toBe('sw');
      expect(formatMoney(1_250_000)).toMatch(/12,500/);
      expect(formatMoney(1_250_000)).toMatch(/TSh|TZS/);
    });
  });

  describe('isMessageKey', () => {
    it('knows the keys of the catalogue and nothing else', () => {
      expect(isMessageKey('role.CASHIER')).toBe(true);
      expect(isMessageKey('role.JANITOR')).toBe(false);
      expect(isMessageKey('toString')).toBe(false);
    });
  });
});
