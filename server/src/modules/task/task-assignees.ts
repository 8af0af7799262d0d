import type { EntityManager } from 'typeorm';
import type { Role } from '@prospek/shared';
import { User } from '../user/user.entity.js';

/** Who carries out a task: the marketing team of the task's office, or its managers. */
const ASSIGNABLE_ROLES: readonly Role[] = ['MARKETING', 'MANAGER'];

export function isAssignable(user: Pick<User, 'role' | 'officeId' | 'active'>, officeId: number): boolean {
  return user.active && user.officeId === officeId && ASSIGNABLE_ROLES.includes(user.role);
}

/** Everyone a task of that office may be assigned to, by name; the form offers exactly these. */
export async function assignableUsers(manager: EntityManager, officeId: number): Promise<User[]> {
  const users = await manager.find(User, { where: { officeId, active: true }, order: { name: 'ASC', id: 'ASC' } });
  return users.filter((u) => isAssignable(u, officeId));
}
