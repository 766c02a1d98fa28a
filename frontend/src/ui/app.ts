import {
  loadDeviceInfo,
  requestPersistentStorage,
  resumeSession,
  startSync,
  type SyncManager,
  type User,
} from '../sync';
import { accountScreen } from './account-screen';
import {
  registerServiceWorker,
  requestBackgroundSync,
  requestPeriodicCatalogueSync,
} from './app-update';
import { attentionScreen } from './attention-screen';
import { Cart } from './cart';
import { el } from './dom';
import { errorText } from './error-text';
import { currentLocale, t } from './messages';
import { receiptView } from './receipt-view';
import { sellScreen } from './sell-screen';
import { signInScreen } from './sign-in-screen';
import { statusBar } from './status-bar';
import { updateBanner } from './update-banner';

/**
 * Starts the app: the service worker, then the last session (offline if need be) or sign-in, then the
 * shell with its screens. Screens are addressed by the URL hash (`#/sell`, `#/receipt/<id>`,
 * `#/attention`, `#/account`), which works the same offline.
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

  const signInFirst = () =>
    main.replaceChildren(
      signInScreen((user) => shell(root, banners, cart, user), t('signIn.firstTime')),
    );
  const load = () => {
    main.replaceChildren(el('p', { className: 'status', role: 'status' }, t('app.loading')));
    resumeSession().then(
      (session) =>
        session === undefined ? signInFirst() : shell(root, banners, cart, session.user),
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
  const nav = el('nav', { className: 'app-nav' });
  const links = (['sell', 'attention', 'account'] as const).map((name) => {
    const link = el('a', { href: `#/${name}` }, t(`nav.${name}`));
    link.dataset['route'] = name;
    nav.append(link);
    return link;
  });
  const status = statusBar(manager, {
    showAttention: () => (location.hash = '#/attention'),
    signInAgain: () => (location.hash = '#/sign-in'),
  });
  root.replaceChildren(
    el(
      'header',
      { className: 'app-header' },
      el('span', { className: 'brand' }, t('app.title')),
      nav,
    ),
    status,
    banners,
    main,
  );
  const sell = sellScreen(cart, user, manager, (sale) => (location.hash = `#/receipt/${sale.id}`));

  const route = async () => {
    const [, name = 'sell', id = ''] = location.hash.split('/');
    links.forEach((link) => link.classList.toggle('active', link.dataset['route'] === name));
    main.classList.toggle('sell-main', name === 'sell');
    const screen = await screenFor(name, id, user, manager, sell);
    main.replaceChildren(screen);
    if (name === 'sell') {
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
  id: string,
  user: User,
  manager: SyncManager,
  sell: { element: HTMLElement },
): Promise<HTMLElement> {
  switch (name) {
    case 'receipt':
      return receiptView(id, manager, () => (location.hash = '#/sell'));
    case 'attention':
      return attentionScreen();
    case 'account':
      return accountScreen(user, manager, await loadDeviceInfo(), () => {
        location.hash = '';
        location.reload();
      });
    case 'sign-in':
      return signInScreen((signedIn) => {
        void manager.signedIn();
        location.hash = signedIn.id === user.id ? '#/sell' : '';
        if (signedIn.id !== user.id) {
          location.reload();
        }
      }, t('signIn.again'));
    default:
      return sell.element;
  }
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
