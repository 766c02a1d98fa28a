import { el } from '../dom';
import { t } from '../messages';
import { screenCard } from '../parts';
import type { ScreenContext } from '../screen-context';
import { devicePart } from './device-part';
import { languagePart } from './language-part';
import { receiptHeaderPart } from './receipt-header-part';

/**
 * Settings: this device's language, name and sync interval (kept on the device, work offline), and
 * the shop's receipt header (kept on the server: managers edit it online, everyone prints it offline).
 */
export async function settingsScreen(context: ScreenContext): Promise<HTMLElement> {
  return screenCard(
    'settings',
    t('settings.heading'),
    languagePart(),
    await devicePart(context.manager),
    el('hr'),
    await receiptHeaderPart(context.user),
  );
}
