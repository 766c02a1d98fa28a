import type { SyncSnapshot } from '../sync';
import { t, tn } from './messages';

/**
 * What the status bar says waits: sales first (what a cashier counts), else other changes, and "All
 * synced" only when nothing waits and nothing needs attention (issue 13); null when only refused
 * entries remain, which the attention link already names.
 */
export function waitingText(
  state: Pick<SyncSnapshot, 'waitingSales' | 'waitingOther' | 'failed'>,
): string | null {
  if (state.waitingSales > 0) {
    return tn('status.waiting', state.waitingSales);
  }
  if (state.waitingOther > 0) {
    return tn('status.changesWaiting', state.waitingOther);
  }
  return state.failed > 0 ? null : t('status.allSynced');
}
