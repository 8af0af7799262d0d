/** One page of a paged list field (`first`, `after`, `totalCount`), as every such field answers. */
export interface Connection<Item> {
  nodes: Item[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The largest page the server gives. */
export const MAX_PAGE_SIZE = 100;

/**
 * Every item of a list, page after page, for a choice that must offer them all (a product in an offer,
 * an office in a user form): the list never stops at one page without saying so.
 */
export async function requestAll<Item>(fetchPage: (first: number, after: string | null) => Promise<Connection<Item>>): Promise<Item[]> {
  const items: Item[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Connection<Item> = await fetchPage(MAX_PAGE_SIZE, after);
    items.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return items;
    after = page.pageInfo.endCursor;
  }
}
