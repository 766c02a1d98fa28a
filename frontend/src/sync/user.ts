import { isRecord } from './problem';

/** What a signed-in user may do; the server decides, the client only shows it. */
export type Role = 'ADMIN' | 'MANAGER' | 'CASHIER';

/** The signed-in user. */
export interface User {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
}

/** What the sign-in form sends. */
export interface Credentials {
  readonly username: string;
  readonly password: string;
}

const ROLES: readonly string[] = ['ADMIN', 'MANAGER', 'CASHIER'] satisfies Role[];

/** Maps the server's user JSON (`display_name`) to a {@link User}, or undefined if it is malformed. */
export function toUser(body: unknown): User | undefined {
  if (!isRecord(body)) {
    return undefined;
  }
  const { id, username, display_name: displayName, role } = body;
  if (
    typeof id !== 'string' ||
    typeof username !== 'string' ||
    typeof displayName !== 'string' ||
    typeof role !== 'string' ||
    !ROLES.includes(role)
  ) {
    return undefined;
  }
  return { id, username, displayName, role: role as Role };
}
