/** English strings; every other locale must provide the same keys. Plurals end in `.one`/`.other`. */
const en = {
  'app.title': 'Bidhaa POS',
  'app.loading': 'Loading…',
  'app.retry': 'Try again',
  'nav.sell': 'Sell',
  'nav.attention': 'Needs attention',
  'nav.account': 'Account',
  'signIn.heading': 'Sign in',
  'signIn.username': 'Username',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.again': 'Your session has ended. Sign in again so your sales can sync.',
  'signIn.firstTime':
    'Signing in needs the internet the first time. After that the app works offline.',
  'account.heading': 'Account',
  'account.displayName': 'Name',
  'account.username': 'Username',
  'account.role': 'Role',
  'account.device': 'Device',
  'account.version': 'App version',
  'account.storage': 'Storage',
  'account.storage.persisted': 'Kept by the browser',
  'account.storage.notPersisted': 'May be cleared by the browser when space runs low',
  'account.signOut': 'Sign out',
  'account.signingOut': 'Signing out…',
  'account.unsynced.one': '1 sale is not on the server yet. Sign out once it has synced.',
  'account.unsynced.other':
    '{count} sales are not on the server yet. Sign out once they have synced.',
  'account.unsyncedChanges':
    'Some changes made here are not on the server yet. Sign out once they have synced.',
  'role.ADMIN': 'Administrator',
  'role.MANAGER': 'Manager',
  'role.CASHIER': 'Cashier',
  'status.online': 'Online',
  'status.offline': 'Offline',
  'status.connecting': 'Connecting…',
  'status.syncing': 'Syncing…',
  'status.waiting.one': '1 sale waiting',
  'status.waiting.other': '{count} sales waiting',
  'status.allSynced': 'All synced',
  'status.lastSynced': 'Last sync {when}',
  'status.neverSynced': 'Not synced yet',
  'status.attention.one': '1 needs attention',
  'status.attention.other': '{count} need attention',
  'status.signInNeeded': 'Sign in to sync',
  'status.syncNow': 'Sync now',
  'status.serverTrouble': 'Server busy, retrying',
  'update.ready': 'A new version of the app is ready.',
  'update.readyCart': 'A new version is ready. Your cart is kept when you update.',
  'update.accept': 'Update',
  'update.later': 'Later',
  'sell.search': 'Search or scan',
  'sell.searchHint': 'Name, SKU or barcode',
  'sell.noMatch': 'No product matches “{query}”.',
  'sell.scanned.unknown': 'No product has the code {code}.',
  'sell.catalogue.downloading': 'Downloading the catalogue… {count} products so far.',
  'sell.catalogue.empty': 'No products yet. Connect to the internet to download the catalogue.',
  'sell.stock': '{count} in stock',
  'sell.outOfStock': 'Out of stock',
  'sell.more': 'Showing {shown} of {total}. Type to narrow the list.',
  'cart.heading': 'Cart',
  'cart.empty': 'Tap a product or scan a barcode to start a sale.',
  'cart.view.one': 'View cart · 1 item · {total}',
  'cart.view.other': 'View cart · {count} items · {total}',
  'cart.back': 'Back to products',
  'cart.decrease': 'One less {name}',
  'cart.increase': 'One more {name}',
  'cart.quantity': 'Quantity of {name}',
  'cart.remove': 'Remove {name}',
  'cart.clear': 'Clear cart',
  'cart.subtotal': 'Subtotal',
  'cart.discount': 'Discount',
  'cart.total': 'Total',
  'customer.label': 'Customer',
  'customer.none': 'Walk-in customer',
  'customer.search': 'Find a customer by name or phone',
  'customer.new': 'New customer',
  'customer.name': 'Name',
  'customer.phone': 'Phone',
  'customer.save': 'Add customer',
  'customer.cancel': 'Cancel',
  'customer.change': 'Change',
  'customer.nameRequired': 'Enter the customer’s name.',
  'payment.method': 'Payment',
  'payment.cash': 'Cash',
  'payment.mobile_money': 'Mobile money',
  'payment.card': 'Card',
  'payment.tendered': 'Cash received',
  'payment.exact': 'Exact',
  'payment.change': 'Change',
  'payment.reference.mobile_money': 'Transaction reference',
  'payment.reference.card': 'Card slip number (optional)',
  'payment.complete': 'Complete sale · {total}',
  'payment.completing': 'Saving…',
  'problem.empty-cart': 'The cart is empty.',
  'problem.bad-quantity': 'A quantity is not valid.',
  'problem.bad-discount': 'The discount must be between 0 and the subtotal.',
  'problem.tendered-too-little': 'The cash received is less than the total.',
  'problem.reference-missing': 'Enter the mobile money transaction reference.',
  'receipt.heading': 'Sale complete',
  'receipt.number': 'Receipt',
  'receipt.date': 'Date',
  'receipt.cashier': 'Cashier',
  'receipt.customer': 'Customer',
  'receipt.paid': 'Paid by {method}',
  'receipt.reference': 'Reference',
  'receipt.tendered': 'Cash received',
  'receipt.change': 'Change',
  'receipt.thanks': 'Thank you! Karibu tena.',
  'receipt.print': 'Print receipt',
  'receipt.newSale': 'New sale',
  'receipt.waiting': 'Saved on this device; it will reach the server when the connection allows.',
  'receipt.synced': 'Recorded on the server.',
  'receipt.notFound': 'This sale is not on this device.',
  'attention.heading': 'Needs attention',
  'attention.intro':
    'The server refused these. They are kept here and never deleted; the rest of the queue goes on syncing.',
  'attention.none': 'Nothing needs attention. Every refused sale would be listed here.',
  'attention.retry': 'Retry all',
  'attention.attempts.one': '1 attempt',
  'attention.attempts.other': '{count} attempts',
  'attention.customer': 'Customer {name}',
  'attention.reason': 'Reason: {reason}',
  'problem.unknown-product':
    'A product in this sale is not in the shop’s catalogue. Ask a manager to check it.',
  'problem.unknown-customer': 'The customer of this sale is not on the server.',
  'problem.id-conflict':
    'Another sale with the same id, but different content, is already on the server.',
  'problem.invalid-sale': 'The server could not record this sale as it is.',
  'problem.bad-credentials': 'Wrong username or password.',
  'problem.too-many-attempts': 'Too many sign-in attempts. Try again {when}.',
  'problem.too-many-attempts.later': 'Too many sign-in attempts. Try again later.',
  'error.offline': 'Cannot reach the server. Check the connection and try again.',
  'error.retryable': 'The server is busy or unavailable. Try again in a moment.',
  'error.rejected': 'The server did not accept this request.',
  'error.unauthenticated': 'Your session has ended. Sign in again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.unexpected': 'Something went wrong. Try again.',
  'error.storage': 'The sale could not be saved on this device. It has not been recorded.',
} as const;

/** Key of a user-facing string. */
export type MessageKey = keyof typeof en;

/** Keys that come in plural forms, without the `.one`/`.other` ending. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}.other`
    ? Base
    : never
  : never;

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

/** The plural form of `key` for `count` (filled in as `{count}`), by the language's plural rules. */
export function tn(
  key: PluralKey,
  count: number,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { count, ...params });
}

/** Switches the language used by later {@link t} calls. */
export function setLocale(next: Locale): void {
  locale = next;
}
