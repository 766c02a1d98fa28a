import { SyncError } from '../sync';
import { currentLocale, isMessageKey, t } from './messages';

/** The sentence a screen shows for a failed call: ours for known codes, else the server's detail. */
export function errorText(error: unknown): string {
  if (!(error instanceof SyncError)) {
    return t('error.unexpected');
  }
  const problemCode = error.problem?.code;
  if (problemCode === 'too-many-attempts') {
    const seconds = error.retryAfterSeconds;
    return seconds === undefined
      ? t('problem.too-many-attempts.later')
      : t('problem.too-many-attempts', { when: inTime(seconds) });
  }
  const problemKey = `problem.${problemCode}`;
  if (problemCode !== undefined && isMessageKey(problemKey)) {
    return t(problemKey);
  }
  const detail = error.problem?.detail;
  if ((error.code === 'rejected' || error.code === 'forbidden') && detail) {
    return detail;
  }
  return t(`error.${error.code}`);
}

/** "in 30 seconds", "in 2 minutes", in the active language. */
function inTime(seconds: number): string {
  const format = new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'always' });
  return seconds < 90
    ? format.format(seconds, 'second')
    : format.format(Math.ceil(seconds / 60), 'minute');
}
