import type { Role } from '../sync';
import type { MessageKey } from './messages';
import type { ScreenContext } from './screen-context';

/** A screen of the app, who may open it, and how to build it (loaded when first opened). */
export interface Route {
  readonly name: string;
  readonly label: MessageKey;
  readonly roles: readonly Role[];
  readonly load: () => Promise<(context: ScreenContext) => Promise<HTMLElement> | HTMLElement>;
}

const EVERYONE: readonly Role[] = ['ADMIN', 'MANAGER', 'CASHIER'];
const MANAGERS: readonly Role[] = ['ADMIN', 'MANAGER'];

/**
 * Every screen but selling (which stays mounted so the cart survives navigation), most used first: the
 * navigation shows them in this order. Back-office screens are separate chunks, so a cashier's phone
 * never parses them; the service worker precaches them all for offline use.
 */
export const ROUTES: readonly Route[] = [
  {
    name: 'history',
    label: 'nav.history',
    roles: EVERYONE,
    load: async () => (await import('./history/history-screen')).historyScreen,
  },
  {
    name: 'sync',
    label: 'nav.sync',
    roles: EVERYONE,
    load: async () => (await import('./sync-status/sync-screen')).syncScreen,
  },
  {
    name: 'shift',
    label: 'nav.shift',
    roles: EVERYONE,
    load: async () => (await import('./shift/shift-screen')).shiftScreen,
  },
  {
    name: 'customers',
    label: 'nav.customers',
    roles: EVERYONE,
    load: async () => (await import('./customers/customers-screen')).customersScreen,
  },
  {
    name: 'products',
    label: 'nav.products',
    roles: MANAGERS,
    load: async () => (await import('./products/products-screen')).productsScreen,
  },
  {
    name: 'reports',
    label: 'nav.reports',
    roles: MANAGERS,
    load: async () => (await import('./reports/reports-screen')).reportsScreen,
  },
  {
    name: 'conflicts',
    label: 'nav.conflicts',
    roles: MANAGERS,
    load: async () => (await import('./conflicts/conflicts-screen')).conflictsScreen,
  },
  {
    name: 'devices',
    label: 'nav.devices',
    roles: MANAGERS,
    load: async () => (await import('./devices/devices-screen')).devicesScreen,
  },
  {
    name: 'users',
    label: 'nav.users',
    roles: ['ADMIN'],
    load: async () => (await import('./users/users-screen')).usersScreen,
  },
  {
    name: 'settings',
    label: 'nav.settings',
    roles: EVERYONE,
    load: async () => (await import('./settings/settings-screen')).settingsScreen,
  },
  {
    name: 'account',
    label: 'nav.account',
    roles: EVERYONE,
    load: async () => (await import('./account-screen')).accountScreen,
  },
];

/** The screens `role` may open, in navigation order. */
export function routesFor(role: Role): Route[] {
  return ROUTES.filter((route) => route.roles.includes(role));
}

/** Old addresses that still work (bookmarks, the status bar of an older release). */
export const ALIASES: Readonly<Record<string, string>> = { attention: 'sync' };
