import { computed, ref } from 'vue';
import { request } from '../../api/client';
import { requestAll } from '../../api/paging';
import type { OfficesQuery as OfficesResult } from '../../api/generated/graphql';
import { OfficesQuery } from './admin.operations';

export type OfficeRow = OfficesResult['offices']['nodes'][number];
export interface OfficeNode {
  office: OfficeRow;
  depth: number;
}

/**
 * The branch tree in reading order (head office, its regions, their branches), each with its depth.
 * An office whose parent is out of the viewer's reach starts a tree of its own.
 */
export function officeTree(offices: OfficeRow[]): OfficeNode[] {
  const ids = new Set(offices.map((o) => o.id));
  const children = new Map<string | null, OfficeRow[]>();
  for (const office of offices) {
    const parent = office.parentId && ids.has(office.parentId) ? office.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), office]);
  }
  const out: OfficeNode[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const office of [...(children.get(parent) ?? [])].sort((a, b) => a.code.localeCompare(b.code))) {
      out.push({ office, depth });
      visit(office.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** Every office the viewer reaches, as a list and as the tree: what an office choice offers. */
export function useOffices() {
  const offices = ref<OfficeRow[]>([]);
  const load = async () => {
    offices.value = await requestAll(async (first, after) => (await request(OfficesQuery, { first, after })).offices);
  };
  void load();
  const tree = computed(() => officeTree(offices.value));
  return { offices, tree, load };
}
