import { exportUnsyncedSales, loadSyncDetails } from '../shop';
import { t, tn } from './messages';

/**
 * What the sign-in wall says is waiting on this device, from how many sales and other changes the
 * server has not confirmed; empty when nothing waits.
 */
export function waitingText(sales: number, others: number): string {
  if (sales > 0) {
    return tn('signIn.waiting', sales);
  }
  return others > 0 ? t('signIn.waitingChanges') : '';
}

/** {@link waitingText} for this device's outbox (sales waiting or refused, and other changes). */
export async function loadWaitingText(): Promise<string> {
  const [file, details] = await Promise.all([exportUnsyncedSales(), loadSyncDetails()]);
  const unconfirmed = details.counts.PENDING + details.counts.SYNCING + details.counts.FAILED;
  return waitingText(file.sales.length, Math.max(0, unconfirmed - file.sales.length));
}
