import { loadDeviceInfo } from '../../shop';
import {
  SYNC_INTERVALS,
  checkDeviceName,
  loadSyncInterval,
  renameDevice,
  saveSyncInterval,
  type SyncManager,
} from '../../sync';
import { el } from '../dom';
import { errorText } from '../error-text';
import { formMessage } from '../form-message';
import { t, tn } from '../messages';
import { button, facts, section } from '../parts';

/** This device's name (shown to managers on the devices screen) and its refresh interval. */
export async function devicePart(manager: SyncManager): Promise<HTMLElement> {
  const device = await loadDeviceInfo();
  const name = el('input', {
    value: device.name,
    maxLength: 100,
    autocomplete: 'off',
    placeholder: t('settings.deviceName.hint'),
  });
  const message = formMessage();
  const save = button(
    t('settings.save'),
    () => {
      const problem = checkDeviceName(name.value);
      if (problem !== null) {
        message.error(t(`settings.deviceName.${problem}`));
        return;
      }
      save.disabled = true;
      renameDevice(name.value)
        .then(
          (told) =>
            message.ok(
              told ? t('settings.deviceName.saved') : t('settings.deviceName.savedOffline'),
            ),
          (failure: unknown) => message.error(errorText(failure)),
        )
        .finally(() => (save.disabled = false));
    },
    'primary',
  );
  const interval = el(
    'select',
    {},
    ...SYNC_INTERVALS.map((minutes) =>
      el(
        'option',
        { value: String(minutes), selected: minutes === loadSyncInterval() },
        tn('settings.interval.minutes', minutes),
      ),
    ),
  );
  interval.addEventListener('change', () => {
    const minutes = Number(interval.value);
    saveSyncInterval(minutes);
    manager.setRefreshInterval(minutes * 60_000);
  });
  return section(
    t('sync.device'),
    facts([[t('devices.code'), el('strong', { className: 'device-code' }, device.salePrefix)]]),
    el(
      'p',
      { className: 'muted fine' },
      device.codeFromServer
        ? t('settings.deviceCode.hint', { code: device.salePrefix })
        : t('settings.deviceCode.waiting', { code: device.salePrefix }),
    ),
    el('label', { className: 'field' }, t('sync.deviceName'), name),
    el('div', { className: 'row' }, save),
    message.element,
    el('label', { className: 'field' }, t('settings.interval'), interval),
    el('p', { className: 'muted fine' }, t('settings.interval.hint')),
  );
}
