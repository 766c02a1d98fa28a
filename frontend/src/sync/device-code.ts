import { adoptSaleCode, type PosDb } from '../db';
import { isRecord } from './problem';

/** A code the server may give a device: letters and digits, at least one letter, 8 at most. */
const CODE = /^(?=.*[A-Z])[A-Z0-9]{1,8}$/;

/**
 * Takes the device's code from the server's answer about this device (`PUT` or `GET
 * /api/sync/devices/{id}`) as the prefix of its next sale numbers. An answer without a usable code (an
 * older server) changes nothing.
 */
export async function learnSaleCode(db: PosDb, answer: unknown): Promise<void> {
  const code = isRecord(answer) ? answer['code'] : undefined;
  if (typeof code === 'string' && CODE.test(code)) {
    await adoptSaleCode(db, code);
  }
}
