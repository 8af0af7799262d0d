import type { AuthChecker } from 'type-graphql';
import type { Role } from '@prospek/shared';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { Context } from './context.js';

/** `@Authorized()` needs a signed-in user; `@Authorized('ADMIN', …)` one of those roles. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw new UnauthenticatedError();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw new ForbiddenError('Your role may not do this');
  return true;
};
