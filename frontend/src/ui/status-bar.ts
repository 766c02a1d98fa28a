import type { SyncManager, SyncSnapshot } from '../sync';
import { el } from './dom';
import { formatAgo } from './format';
import { t, tn } from './messages';
import { waitingText } from './sync-summary';

/**
 * The always-visible sync indicator: connection, syncing, sales waiting, last sync, and what needs
 * attention, plus "Sync now". Re-renders on every sync state change and every 30 s (for "2 min ago").
 */
export function statusBar(
  manager: SyncManager,
  actions: { showAttention: () => void; signInAgain: () => void },
): HTMLElement {
  const connection = el('span', { className: 'pill' });
  const waiting = el('span', { className: 'status-item' });
  const synced = el('span', { className: 'status-item muted' });
  const attention = el('button', { type: 'button', className: 'link-button danger' });
  const signIn = el(
    'button',
    { type: 'button', className: 'link-button danger' },
    t('status.signInNeeded'),
  );
  const syncNow = el('button', { type: 'button', className: 'chip' }, t('status.syncNow'));
  const bar = el(
    'div',
    { className: 'status-bar', role: 'status', ariaLive: 'polite' },
    connection,
    waiting,
    synced,
    attention,
    signIn,
    syncNow,
  );
  bar.dataset['testid'] = 'sync-status';
  attention.addEventListener('click', actions.showAttention);
  signIn.addEventListener('click', actions.signInAgain);
  syncNow.addEventListener('click', () => void manager.syncNow());

  const render = (state: SyncSnapshot) => {
    const offline = state.online === false;
    connection.className = `pill ${state.syncing ? 'syncing' : offline ? 'offline' : 'online'}`;
    connection.textContent = state.syncing
      ? t('status.syncing')
      : offline
        ? t('status.offline')
        : state.online === null
          ? t('status.connecting')
          : state.lastError === 'retryable'
            ? t('status.serverTrouble')
            : t('status.online');
    const waits = waitingText(state);
    waiting.textContent = waits ?? '';
    waiting.hidden = waits === null;
    waiting.classList.toggle('warn', state.waitingSales + state.waitingOther > 0);
    waiting.dataset['waiting'] = String(state.waitingSales);
    synced.textContent = state.lastSyncedAt
      ? t('status.lastSynced', { when: formatAgo(state.lastSyncedAt) })
      : t('status.neverSynced');
    attention.hidden = state.failed === 0;
    attention.textContent = tn('status.attention', state.failed);
    attention.dataset['failed'] = String(state.failed);
    signIn.hidden = !state.needsSignIn;
    syncNow.disabled = state.syncing;
  };
  manager.subscribe(render);
  setInterval(() => render(manager.snapshot), 30_000);
  return bar;
}
