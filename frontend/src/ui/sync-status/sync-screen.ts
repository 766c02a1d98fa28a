import { loadSyncDetails, type SyncDetails } from '../../shop';
import { APP_VERSION, type OutboxState, type SyncSnapshot } from '../../sync';
import { el } from '../dom';
import { formatAgo, formatBytes, formatDateTime } from '../format';
import { t } from '../messages';
import { button, facts, followSync, redrawAfterSync, screenCard, section } from '../parts';
import { isIosBrowserTab } from '../platform';
import type { ScreenContext } from '../screen-context';
import { failedList } from './failed-list';
import { transferPart } from './transfer-part';

const STATES: readonly OutboxState[] = ['PENDING', 'SYNCING', 'FAILED', 'SYNCED'];

/**
 * Everything about this device's sync, for everyone: connection and "Sync now", the queue by state,
 * refused items with their reason and a retry, when each collection was last downloaded, storage, app
 * version and device, and the export/import escape hatch. Updates live while a sync runs.
 */
export async function syncScreen({ manager }: ScreenContext): Promise<HTMLElement> {
  const summary = el('div');
  const body = el('div', { className: 'parts' });
  // Built once: re-drawing it after each sync would wipe an import's result.
  const screen = screenCard('sync-screen', t('sync.heading'), summary, body, transferPart());
  if (isIosBrowserTab()) {
    summary.before(el('p', { className: 'banner warn-banner', role: 'alert' }, t('sync.ios')));
  }
  const load = async () => body.replaceChildren(...detailParts(await loadSyncDetails(), load));
  await load();
  followSync(manager, screen, (snapshot) =>
    summary.replaceChildren(summaryPart(snapshot, () => void manager.syncNow())),
  );
  redrawAfterSync(manager, screen, () => void load());
  return screen;
}

function summaryPart(snapshot: SyncSnapshot, syncNow: () => void): HTMLElement {
  const sync = button(t('status.syncNow'), syncNow, 'primary');
  sync.disabled = snapshot.syncing;
  const connection = snapshot.syncing
    ? t('status.syncing')
    : snapshot.online === false
      ? t('status.offline')
      : snapshot.online === null
        ? t('status.connecting')
        : t('status.online');
  return el(
    'div',
    { className: 'parts' },
    facts([
      [t('sync.connection'), connection],
      [
        t('sync.lastSync'),
        snapshot.lastSyncedAt === null
          ? t('sync.never')
          : `${formatDateTime(snapshot.lastSyncedAt)} (${formatAgo(snapshot.lastSyncedAt)})`,
      ],
      [
        t('sync.nextAttempt'),
        snapshot.nextAttemptAt === null
          ? t('sync.nextAttempt.none')
          : formatAgo(new Date(snapshot.nextAttemptAt).toISOString()),
      ],
    ]),
    sync,
  );
}

function detailParts(details: SyncDetails, reload: () => Promise<void>): HTMLElement[] {
  const queue = facts(
    STATES.map((state) => [t(`sync.state.${state}`), String(details.counts[state])] as const),
  );
  queue.dataset['testid'] = 'sync-queue';
  STATES.forEach((state, index) => {
    queue.querySelectorAll('dd')[index]?.setAttribute('data-state', state);
  });
  const pulls = facts(
    details.pulls.map((pull) => [
      t(`sync.collection.${pull.collection}`),
      pull.full && pull.cursor !== null
        ? t('sync.pull.downloading', { count: pull.received })
        : pull.lastPulledAt === null
          ? t('sync.pull.never')
          : `${formatDateTime(pull.lastPulledAt)} (${formatAgo(pull.lastPulledAt)})`,
    ]),
  );
  const { storage, device } = details;
  const persisted =
    storage.persisted === true
      ? t('account.storage.persisted')
      : el('span', { className: 'warn' }, t('account.storage.notPersisted'));
  const used =
    storage.usage === null || storage.quota === null
      ? t('sync.storage.unknown')
      : t('sync.storage.used', {
          used: formatBytes(storage.usage),
          quota: formatBytes(storage.quota),
        });
  return [
    section(t('sync.queue'), queue),
    failedList(details.failed, () => void reload()),
    section(t('sync.pulls'), pulls),
    section(
      t('sync.device'),
      facts([
        [t('sync.deviceName'), device.name || t('sync.deviceName.none')],
        [t('sync.deviceId'), device.id],
        [t('account.version'), APP_VERSION],
        [t('account.storage'), persisted],
        [t('sync.storage.space'), used],
      ]),
    ),
  ];
}
