import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/ui/messages';
import { waitingText } from '../../src/ui/sync-summary';

describe('waitingText', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('counts waiting sales first', () => {
    expect(waitingText({ waitingSales: 2, waitingOther: 1, failed: 1 })).toBe('2 sales waiting');
  });

  it('counts other waiting changes when no sale waits', () => {
    expect(waitingText({ waitingSales: 0, waitingOther: 1, failed: 0 })).toBe('1 change waiting');
  });

  it('never says "All synced" while something needs attention (issue 13)', () => {
    expect(waitingText({ waitingSales: 0, waitingOther: 0, failed: 1 })).toBeNull();
  });

  it('says "All synced" when nothing waits and nothing was refused', () => {
    expect(waitingText({ waitingSales: 0, waitingOther: 0, failed: 0 })).toBe('All synced');
  });
});
