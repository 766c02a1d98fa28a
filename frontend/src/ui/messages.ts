/** English strings; every other locale must provide the same keys. */
const en = {
  'app.title': 'Bidhaa POS',
  'app.loading': 'Loading…',
  'app.retry': 'Try again',
  'signIn.heading': 'Sign in',
  'signIn.username': 'Username',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'whoAmI.heading': 'Signed in',
  'whoAmI.displayName': 'Name',
  'whoAmI.username': 'Username',
  'whoAmI.role': 'Role',
  'whoAmI.signOut': 'Sign out',
  'whoAmI.signingOut': 'Signing out…',
  'role.ADMIN': 'Administrator',
  'role.MANAGER': 'Manager',
  'role.CASHIER': 'Cashier',
  'problem.bad-credentials': 'Wrong username or password.',
  'problem.too-many-attempts': 'Too many sign-in attempts. Try again {when}.',
  'problem.too-many-attempts.later': 'Too many sign-in attempts. Try again later.',
  'error.offline': 'Cannot reach the server. Check the connection and try again.',
  'error.retryable': 'The server is busy or unavailable. Try again in a moment.',
  'error.rejected': 'The server did not accept this request.',
  'error.unauthenticated': 'Your session has ended. Sign in again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.unexpected': 'Something went wrong. Try again.',
} as const;

/** Key of a user-facing string. */
export type MessageKey = keyof typeof en;

/** A language the app speaks. */
export type Locale = 'en';

const catalogues: Record<Locale, Readonly<Record<MessageKey, string>>> = { en };
let locale: Locale = 'en';

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
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/** Switches the language used by later {@link t} calls. */
export function setLocale(next: Locale): void {
  locale = next;
}
