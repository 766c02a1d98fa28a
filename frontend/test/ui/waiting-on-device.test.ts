import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/ui/messages';
import { waitingText } from '../../src/ui/waiting-on-device';

describe('waitingText', () => {
  afterEach(() => setLocale('en'));

  it('says how many sales wait on the device, in English', () => {
    expect(waitingText(2, 0)).toBe(
      '2 sales are waiting on this device. Sign in to send them to the server.',
    );
    expect(waitingText(1, 3)).toBe(
      '1 sale is waiting on this device. Sign in to send it to the server.',
    );
  });

  it('says how many sales wait on the device, in Swahili', async () => {
    await setLocale('sw');
    expect(waitingText(2, 0)).toBe(
      'Mauzo 2 yanasubiri kwenye kifaa hiki. Ingia ili yatumwe kwa seva.',
    );
    expect(waitingText(1, 0)).toBe(
      'Mauzo 1 yanasubiri kwenye kifaa hiki. Ingia ili yatumwe kwa seva.',
    );
  });

  it('names other changes when no sale waits', () => {
    expect(waitingText(0, 1)).toBe(
      'Changes made on this device are waiting. Sign in to send them to the server.',
    );
  });

  it('says nothing when nothing waits', () => {
    expect(waitingText(0, 0)).toBe('');
  });
});
