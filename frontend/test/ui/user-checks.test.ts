import { describe, expect, it } from 'vitest';
import { DISPLAY_NAME_MAX, checkNewUser } from '../../src/ui/users/user-checks';

const neema = { username: 'neema', displayName: 'Neema Mushi', password: 'kahawa-1234' };

describe('checkNewUser', () => {
  it('accepts a user the server accepts', () => {
    expect(checkNewUser(neema)).toBeNull();
    expect(checkNewUser({ ...neema, displayName: 'N'.repeat(DISPLAY_NAME_MAX) })).toBeNull();
  });

  it('refuses a 500-character name with its length instead of cutting it', () => {
    expect(checkNewUser({ ...neema, displayName: 'N'.repeat(500) })).toEqual({
      key: 'users.nameTooLong',
      params: { max: 120, count: 500 },
    });
    expect(checkNewUser({ ...neema, displayName: 'N'.repeat(121) })?.key).toBe('users.nameTooLong');
  });

  it('counts the name as the server stores it, without the spaces around it', () => {
    expect(checkNewUser({ ...neema, displayName: `  ${'N'.repeat(120)}  ` })).toBeNull();
  });

  it('says which field is wrong', () => {
    expect(checkNewUser({ ...neema, username: 'n' })?.key).toBe('users.usernameInvalid');
    expect(checkNewUser({ ...neema, username: 'n'.repeat(65) })?.key).toBe('users.usernameInvalid');
    expect(checkNewUser({ ...neema, displayName: '   ' })?.key).toBe('users.nameRequired');
    expect(checkNewUser({ ...neema, password: 'short' })?.key).toBe('users.passwordShort');
  });
});
