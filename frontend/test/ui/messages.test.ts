import { describe, expect, it } from 'vitest';
import { isMessageKey, t } from '../../src/ui/messages';

describe('messages', () => {
  describe('t', () => {
    it('fills in named placeholders', () => {
      expect(t('problem.too-many-attempts', { when: 'in 1 minute' })).toBe(
        'Too many sign-in attempts. Try again in 1 minute.',
      );
    });

    it('leaves a placeholder visible when its value is missing', () => {
      expect(t('problem.too-many-attempts')).toBe('Too many sign-in attempts. Try again {when}.');
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
