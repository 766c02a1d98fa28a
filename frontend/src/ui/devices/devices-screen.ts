import { changeDeviceCode, fetchSyncStatus } from '../../back-office';
import { el } from '../dom';
import { errorText } from '../error-text';
import { formatAgo, formatBytes } from '../format';
import { isMessageKey, t, tn } from '../messages';
import { formMessage } from '../form-message';
import { button, facts, screenCard } from '../parts';
import type { ScreenContext } from '../screen-context';

type Json = Record<string, unknown>;

/**
 * Every device as the server sees it: who used it, when it was last seen, pulled and pushed, what it
 * still holds, how far its gapless sale sequence has arrived (and the gaps), its app version and its
 * last health report, with the devices at risk flagged first. Lives on the server: needs the network.
 */
export async function devicesScreen(_context: ScreenContext): Promise<HTMLElement> {
  let status: Json;
  try {
    status = await fetchSyncStatus();
  } catch (failure) {
    return screenCard(
      'devices',
      t('devices.heading'),
      el('p', { className: 'error' }, `${t('online.needed')} ${errorText(failure)}`),
    );
  }
  const devices = (Array.isArray(status['devices']) ? status['devices'] : []) as Json[];
  const atRisk = (device: Json) => risksOf(device).length > 0;
  const sorted = [...devices].sort((a, b) => Number(atRisk(b)) - Number(atRisk(a)));
  return screenCard(
    'devices',
    t('devices.heading'),
    el(
      'p',
      { className: 'summary' },
      tn('devices.count', devices.length),
      ' · ',
      tn('devices.atRisk', devices.filter(atRisk).length),
    ),
    el('ul', { className: 'attention-list' }, ...sorted.map(deviceRow)),
  );
}

function deviceRow(device: Json): HTMLElement {
  const text = (key: string) => (typeof device[key] === 'string' ? (device[key] as string) : null);
  const when = (key: string) => {
    const value = text(key);
    return value === null ? t('sync.pull.never') : formatAgo(value);
  };
  const health = (
    typeof device['health'] === 'object' && device['health'] !== null ? device['health'] : {}
  ) as Json;
  const used = Number(health['storage_used_bytes'] ?? NaN);
  const quota = Number(health['storage_quota_bytes'] ?? NaN);
  const gaps = Array.isArray(device['gaps']) ? (device['gaps'] as number[]) : [];
  const risks = risksOf(device);
  const code = el('span', { className: 'tag device-code' }, text('code') ?? '—');
  const item = el(
    'li',
    { className: risks.length > 0 ? 'attention-item' : 'attention-item ok-item' },
    el(
      'div',
      {},
      code,
      el(
        'strong',
        {},
        text('name') || t('devices.unnamed', { id: String(device['id'] ?? '').slice(0, 8) }),
      ),
    ),
    el('div', {}, ...risks.map((risk) => el('span', { className: 'tag warn' }, riskText(risk)))),
    facts([
      [t('devices.code'), codeEditor(String(device['id'] ?? ''), code)],
      [t('devices.user'), text('user_name') ?? '—'],
      [t('devices.lastSeen'), when('last_seen_at')],
      [t('devices.lastPush'), when('last_push_at')],
      [t('devices.pending'), device['pending'] == null ? '—' : String(device['pending'])],
      [
        t('devices.sequence'),
        Number(device['max_seq'] ?? 0) === 0
          ? t('devices.sequence.none')
          : t('devices.sequence.value', {
              contiguous: Number(device['contiguous_seq'] ?? 0),
              max: Number(device['max_seq'] ?? 0),
            }),
      ],
      [
        t('devices.gaps'),
        gaps.length === 0
          ? t('devices.gaps.none')
          : `${gaps.join(', ')}${Number(device['gap_count']) > gaps.length ? ' …' : ''}`,
      ],
      [t('account.version'), text('app_version') ?? '—'],
      [
        t('account.storage'),
        health['storage_persisted'] === true
          ? t('account.storage.persisted')
          : health['storage_persisted'] === false
            ? t('account.storage.notPersisted')
            : '—',
      ],
      [
        t('sync.storage.space'),
        Number.isFinite(used) && Number.isFinite(quota)
          ? t('sync.storage.used', { used: formatBytes(used), quota: formatBytes(quota) })
          : '—',
      ],
      [
        t('devices.oldestPending'),
        typeof health['oldest_pending_at'] === 'string'
          ? formatAgo(health['oldest_pending_at'])
          : '—',
      ],
    ]),
  );
  item.dataset['deviceId'] = String(device['id'] ?? '');
  return item;
}

/**
 * The manager's field for a device's code: letters and digits, changed on the server at once and used
 * by the till from the next sale after it next syncs (numbers already printed keep theirs).
 */
function codeEditor(id: string, tag: HTMLElement): HTMLElement {
  const input = el('input', {
    value: tag.textContent === '—' ? '' : (tag.textContent ?? ''),
    maxLength: 8,
    autocomplete: 'off',
    spellcheck: false,
    className: 'code-input',
  });
  input.setAttribute('aria-label', t('devices.code'));
  const message = formMessage('span');
  const save = button(t('settings.save'), () => {
    save.disabled = true;
    changeDeviceCode(id, input.value.trim())
      .then(
        (stored) => {
          input.value = stored;
          tag.textContent = stored;
          message.ok(t('devices.code.saved', { code: stored }));
        },
        (failure: unknown) => message.error(errorText(failure)),
      )
      .finally(() => (save.disabled = false));
  });
  return el(
    'div',
    { className: 'code-editor' },
    el('div', { className: 'row' }, input, save),
    message.element,
  );
}

/** The server's risk codes, or, from a server that does not send them, the one we can tell here. */
function risksOf(device: Json): string[] {
  if (Array.isArray(device['risks'])) {
    return device['risks'].filter((risk): risk is string => typeof risk === 'string');
  }
  const seen =
    typeof device['last_seen_at'] === 'string' ? Date.parse(device['last_seen_at']) : NaN;
  return Number.isFinite(seen) && Date.now() - seen > 24 * 3600_000 ? ['not-seen'] : [];
}

function riskText(risk: string): string {
  const key = `devices.risk.${risk}`;
  return isMessageKey(key) ? t(key) : risk;
}
