import type { DataSource } from 'typeorm';
import { Office } from '../office/office.entity.js';

/** The branch tree in memory: which offices lie under an office, and which above it. */
export class OfficeTree {
  private readonly children = new Map<number, number[]>();
  private readonly parents = new Map<number, number | null>();

  constructor(offices: Array<Pick<Office, 'id' | 'parentId'>>) {
    for (const office of offices) {
      this.parents.set(office.id, office.parentId);
      if (office.parentId !== null) this.children.set(office.parentId, [...(this.children.get(office.parentId) ?? []), office.id]);
    }
  }

  /** The office and every office below it. */
  subtree(officeId: number): number[] {
    const result: number[] = [];
    const queue = [officeId];
    while (queue.length > 0) {
      const id = queue.shift() as number;
      if (result.includes(id)) continue;
      result.push(id);
      queue.push(...(this.children.get(id) ?? []));
    }
    return result;
  }

  /** The office and every office above it, nearest first. */
  ancestors(officeId: number): number[] {
    const result: number[] = [];
    let current: number | null | undefined = officeId;
    while (current !== null && current !== undefined && !result.includes(current)) {
      result.push(current);
      current = this.parents.get(current);
    }
    return result;
  }

  has(officeId: number): boolean {
    return this.parents.has(officeId);
  }
}

/**
 * Keeps the office tree of this instance. It is read again after an office changes here, when another
 * instance says one changed (see the realtime hub), and at least every 30 seconds.
 */
export class OfficeTreeCache {
  private tree: Promise<OfficeTree> | null = null;
  private loadedAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxAgeMs = 30_000,
  ) {}

  get(): Promise<OfficeTree> {
    if (!this.tree || Date.now() - this.loadedAt > this.maxAgeMs) {
      this.loadedAt = Date.now();
      this.tree = this.dataSource
        .getRepository(Office)
        .find({ select: { id: true, parentId: true } })
        .then((offices) => new OfficeTree(offices));
      this.tree.catch(() => {
        this.tree = null;
      });
    }
    return this.tree;
  }

  invalidate(): void {
    this.tree = null;
  }
}
