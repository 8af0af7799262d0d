/** Paging a list merged in memory (a record's timeline): stable order, and a cursor that outlives its row. */
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { pageOfSorted } from '../../server/src/graphql/keyset-page.js';
import type { Page } from '../../server/src/graphql/keyset-page.js';

interface Item {
  at: number;
  tie: string;
}
const keyOf = (item: Item) => [item.at, item.tie];
const items: Item[] = [
  { at: 1, tie: 'a' },
  { at: 3, tie: 'a' },
  { at: 2, tie: 'b' },
  { at: 3, tie: 'b' },
  { at: 2, tie: 'a' },
];

describe('pageOfSorted', () => {
  it('walks the list newest first, ties by their key, with the total on each page', () => {
    const seen: Item[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page<Item> = pageOfSorted(items, keyOf, { first: 2, after });
      expect(page.totalCount).toBe(5);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.map((i) => `${i.at}${i.tie}`)).toEqual(['3b', '3a', '2b', '2a', '1a']);
  });

  it('goes on after a cursor whose row has gone', () => {
    const first = pageOfSorted(items, keyOf, { first: 2, after: null });
    const rest = pageOfSorted(
      items.filter((i) => !(i.at === 3 && i.tie === 'a')),
      keyOf,
      { first: 10, after: first.pageInfo.endCursor },
    );
    expect(rest.nodes.map((i) => `${i.at}${i.tie}`)).toEqual(['2b', '2a', '1a']);
  });

  it('refuses a page over 100 and a cursor it did not give', () => {
    expect(() => pageOfSorted(items, keyOf, { first: 101, after: null })).toThrow(/first/);
    expect(() => pageOfSorted(items, keyOf, { first: 2, after: 'nonsense' })).toThrow(/after/);
  });
});
