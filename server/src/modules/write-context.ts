/**
 * The vocabulary every module's writes share: who writes (and the request's mutation id, echoed on the
 * events so a client recognises its own), who caused an event, and ids as the API sends them.
 */
import { InputError } from '../errors.js';
import type { User } from './user/user.entity.js';

export interface WriteContext {
  actor: User;
  mutationId: string | null;
}

/** Who caused an event: a user acting (with their request's mutation id), or the system on their behalf. */
export interface EventOrigin {
  actor: Pick<User, 'id'>;
  mutationId: string | null;
}

/** An optional id from the API: absent or empty is null; anything but a positive integer is BAD_USER_INPUT on `field`. */
export function parseId(field: string, value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  return requireId(field, value);
}

/** A required id from the API: anything but a positive integer (the empty string included) is BAD_USER_INPUT on `field`. */
export function requireId(field: string, value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw InputError.field(field, 'INVALID', `${field} is not an id`);
  return id;
}
