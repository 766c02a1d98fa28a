import { SyncError, loadCurrentUser, type User } from '../sync';
import { el } from './dom';
import { errorText } from './error-text';
import { currentLocale, t } from './messages';
import { signInScreen } from './sign-in-screen';
import { whoAmIScreen } from './who-am-i-screen';

/** Draws the app shell into `root` and shows the screen that fits the session. */
export function startApp(root: HTMLElement): void {
  document.documentElement.lang = currentLocale();
  document.title = t('app.title');
  const main = el('main', { className: 'content' });
  root.replaceChildren(
    el('header', { className: 'app-header' }, el('span', {}, t('app.title'))),
    main,
  );

  const show = (screen: HTMLElement) => main.replaceChildren(screen);
  const showSignIn = () => show(signInScreen(showUser));
  const showUser = (user: User) => show(whoAmIScreen(user, showSignIn));
  const load = () => {
    show(el('p', { className: 'status', role: 'status' }, t('app.loading')));
    loadCurrentUser().then(showUser, (failure: unknown) => {
      if (failure instanceof SyncError && failure.code === 'unauthenticated') {
        showSignIn();
      } else {
        show(problemScreen(failure, load));
      }
    });
  };
  load();
}

function problemScreen(failure: unknown, retry: () => void): HTMLElement {
  const button = el('button', { type: 'button', className: 'primary' }, t('app.retry'));
  button.addEventListener('click', retry);
  return el(
    'section',
    { className: 'card' },
    el('p', { className: 'error', role: 'alert' }, errorText(failure)),
    button,
  );
}
