import { requestPersistentStorage } from '../shop';
import { loadShop, resumeSession, startSync, type User } from '../sync';
import {
  registerServiceWorker,
  requestBackgroundSync,
  requestPeriodicCatalogueSync,
} from './app-update';
import { Cart } from './cart';
import { el } from './dom';
import { errorText } from './error-text';
import { setCurrency } from './format';
import { currentLocale, t } from './messages';
import { navMenu } from './nav-menu';
import { receiptView } from './receipt-view';
import { ALIASES, routesFor, type Route } from './routes';
import type { ScreenContext } from './screen-context';
import { sellScreen } from './sell-screen';
import { signInScreen } from './sign-in-screen';
import { statusBar } from './status-bar';
import { updateBanner } from './update-banner';
import { loadWaitingText } from './waiting-on-device';

/**
 * Starts the app: the service worker, then the last session (offline if need be) or sign-in, then the
 * shell with its screens. Screens are addressed by the URL hash (`#/sell`, `#/receipt/<id>`,
 * `#/history/<id>`, …; see `routes.ts`), which works the same offline.
 */
export function startApp(root: HTMLElement): void {
  document.documentElement.lang = currentLocale();
  document.title = t('app.title');
  const cart = new Cart();
  const banners = el('div', { className: 'banners' });
  registerServiceWorker((accept) => banners.replaceChildren(updateBanner(cart, accept)));
  const main = el('main', { className: 'content' });
  root.replaceChildren(
    el('header', { className: 'app-header' }, el('span', {}, t('app.title'))),
    banners,
    main,
  );

  const signInFirst = async () => {
    // Reading the device must not keep anyone from signing in.
    const waiting = await loadWaitingText().catch(() => '');
    main.replaceChildren(
      signInScreen((user) => shell(root, banners, cart, user), t('signIn.firstTime'), waiting),
    );
  };
  const load = () => {
    main.replaceChildren(el('p', { className: 'status', role: 'status' }, t('app.loading')));
    Promise.all([resumeSession(), loadShop().then((shop) => shop && setCurrency(shop.currency))])
      .then(([session]) => session)
      .then(
        (session) =>
          session === undefined ? void signInFirst() : shell(root, banners, cart, session.user),
        (failure: unknown) => main.replaceChildren(problemScreen(failure, load)),
      );
  };
  load();
}

function shell(root: HTMLElement, banners: HTMLElement, cart: Cart, user: User): void {
  const manager = startSync(requestBackgroundSync);
  void requestPersistentStorage();
  void requestPeriodicCatalogueSync();
  const main = el('main', { className: 'content app-main' });
  const routes = routesFor(user.role);
  const links = [{ name: 'sell', label: 'nav.sell' as const }, ...routes].map(({ name, label }) => {
    const link = el('a', { href: `#/${name}` }, t(label));
    link.dataset['route'] = name;
    link.addEventListener('click', (event) => {
      if (name !== 'sell' && location.hash === `#/${name}`) {
        event.preventDefault();
        void route();
      }
    });
    return link;
  });
  const nav = navMenu(links);
  const status = statusBar(manager, {
    showAttention: () => (location.hash = '#/sync'),
    signInAgain: () => (location.hash = '#/sign-in'),
  });
  root.replaceChildren(
    el(
      'header',
      { className: 'app-header' },
      el('span', { className: 'brand' }, t('app.title')),
      nav.element,
    ),
    status,
    banners,
    main,
  );
  const sell = sellScreen(cart, user, manager, (sale) => (location.hash = `#/receipt/${sale.id}`));
  // Going to the screen already shown (a tap on its tab, a save that stays) draws it anew.
  const go = (path: string) => {
    if (location.hash === `#/${path}`) {
      void route();
    } else {
      location.hash = `#/${path}`;
    }
  };

  // A later navigation wins over a screen still loading.
  let shown = 0;
  const route = async () => {
    const [, hashName = 'sell', ...rest] = location.hash.split('/');
    const name = ALIASES[hashName] ?? hashName;
    const param = rest.join('/');
    nav.select(name === '' ? 'sell' : name);
    const selling = name === 'sell' || name === '';
    main.classList.toggle('sell-main', selling);
    // On a tablet the sell screen fills the window exactly and scrolls inside its panes.
    root.classList.toggle('fixed-shell', selling);
    const ticket = ++shown;
    let screen: HTMLElement;
    try {
      screen = await screenFor(name, { user, manager, param, go }, routes, sell);
    } catch (failure) {
      screen = problemScreen(failure, () => void route());
    }
    if (ticket !== shown) {
      return;
    }
    main.replaceChildren(screen);
    if (screen === sell.element) {
      sell.shown();
    }
  };
  window.addEventListener('hashchange', () => void route());
  if (new URLSearchParams(location.search).get('screen') === 'sell') {
    history.replaceState(null, '', '/#/sell');
  }
  void route();
}

async function screenFor(
  name: string,
  context: ScreenContext,
  routes: readonly Route[],
  sell: { element: HTMLElement },
): Promise<HTMLElement> {
  if (name === 'receipt') {
    return receiptView(context.param, context.manager, () => context.go('sell'));
  }
  if (name === 'sign-in') {
    const waiting = await loadWaitingText().catch(() => '');
    return signInScreen(
      (signedIn) => {
        void context.manager.signedIn();
        location.hash = signedIn.id === context.user.id ? '#/sell' : '';
        if (signedIn.id !== context.user.id) {
          location.reload();
        }
      },
      t('signIn.again'),
      waiting,
    );
  }
  const route = routes.find((candidate) => candidate.name === name);
  if (route === undefined) {
    return sell.element;
  }
  const build = await route.load();
  return build(context);
}

function problemScreen(failure: unknown, retry: () => void): HTMLElement {
  const button = el('button', { type: 'button', className: 'primary' }, t('app.retry'));
  button.addEventListener('click', retry);
  return el(
    'section',
    { className: 'card' },
    el('p', { className: 'error', role: 'alert' }, errorText(failure)),
    el('p', { className: 'muted' }, t('signIn.firstTime')),
    button,
  );
}
