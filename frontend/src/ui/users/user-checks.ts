import type { MessageKey } from '../messages';

/** The longest display name the server accepts (`display_name`, `@Size(max = 120)`). */
export const DISPLAY_NAME_MAX = 120;

/** What the new-user form holds when "Create user" is pressed. */
export interface NewUserInput {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
}

/**
 * Why the server would refuse a new user, as the message to show, or null when it would not.
 * Nothing is cut to fit: a name too long is refused with its length, so the admin chooses the words.
 */
export function checkNewUser(input: NewUserInput): {
  key: MessageKey;
  params?: Record<string, number>;
} | null {
  if (!/^[A-Za-z0-9._-]{3,64}$/.test(input.username)) {
    return { key: 'users.usernameInvalid' };
  }
  const name = input.displayName.trim();
  if (name === '') {
    return { key: 'users.nameRequired' };
  }
  if (name.length > DISPLAY_NAME_MAX) {
    return { key: 'users.nameTooLong', params: { max: DISPLAY_NAME_MAX, count: name.length } };
  }
  if (input.password.length < 8) {
    return { key: 'users.passwordShort' };
  }
  return null;
}
