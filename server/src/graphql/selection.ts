import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function collect(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, into: Map<string, FieldNode[]>) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') {
      const list = into.get(selection.name.value) ?? [];
      list.push(selection);
      into.set(selection.name.value, list);
    } else if (selection.kind === 'InlineFragment') {
      collect(selection.selectionSet, fragments, into);
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment) collect(fragment.selectionSet, fragments, into);
    }
  }
}

/**
 * The names of the fields selected below `path` in the current field (e.g. `['columns', 'cards']` of
 * `leadBoard`), fragments included, so a query can read only the columns the client asked for.
 * Returns null when the path is not selected.
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[]): Set<string> | null {
  let nodes: FieldNode[] = [...info.fieldNodes];
  for (const step of path) {
    const next = new Map<string, FieldNode[]>();
    for (const node of nodes) if (node.selectionSet) collect(node.selectionSet, info.fragments, next);
    nodes = next.get(step) ?? [];
    if (nodes.length === 0) return null;
  }
  const fields = new Map<string, FieldNode[]>();
  for (const node of nodes) if (node.selectionSet) collect(node.selectionSet, info.fragments, fields);
  return new Set(fields.keys());
}
