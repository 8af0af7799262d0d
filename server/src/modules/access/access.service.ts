import type { User } from '../user/user.entity.js';
import type { OfficeTree, OfficeTreeCache } from './office-tree.js';
import { scopeOf } from './scope.js';
import type { Scope } from './scope.js';

/** Hands services the scope of a viewer; the one entry to the access rules of scope.ts. */
export class AccessService {
  constructor(readonly offices: OfficeTreeCache) {}

  async scope(user: User): Promise<Scope> {
    return scopeOf(user, await this.offices.get());
  }

  tree(): Promise<OfficeTree> {
    return this.offices.get();
  }
}
