/**
 * GraphQL operation names become a metric label, and every distinct label value is a time series kept in
 * memory for the life of the process. Names come from the client, so they are admitted with care: only
 * a valid operation of a signed-in caller adds a name, the name is a short GraphQL name, and the set is
 * capped; everything else is counted under one of a few fixed groups.
 */

/** Operations that sent no name. */
export const ANONYMOUS_OPERATION = '(anonymous)';
/** Refused before execution: unparsable, invalid, over the limits. */
export const UNCHECKED_OPERATION = '(unchecked)';
/** A name not admitted yet, from a caller not signed in (signing in itself, or anyone probing). */
export const SIGNED_OUT_OPERATION = '(signed-out)';
/** Names past the cap, or not plain short names. */
export const OTHER_OPERATION = '(other)';

export const MAX_OPERATION_NAME_LENGTH = 64;
export const MAX_OPERATION_LABELS = 200;

const GRAPHQL_NAME = new RegExp(`^[_A-Za-z][_0-9A-Za-z]{0,${MAX_OPERATION_NAME_LENGTH - 1}}$`);

export class OperationLabels {
  private readonly admitted = new Set<string>();

  constructor(private readonly max = MAX_OPERATION_LABELS) {}

  /**
   * The label for one operation. `checked`: it passed parsing and validation; `signedIn`: the caller was.
   * A name already admitted keeps its label whoever sends it.
   */
  label(name: string | null | undefined, checked: boolean, signedIn: boolean): string {
    if (!checked) return UNCHECKED_OPERATION;
    if (!name) return ANONYMOUS_OPERATION;
    if (this.admitted.has(name)) return name;
    if (!signedIn) return SIGNED_OUT_OPERATION;
    if (!GRAPHQL_NAME.test(name) || this.admitted.size >= this.max) return OTHER_OPERATION;
    this.admitted.add(name);
    return name;
  }

  get size(): number {
    return this.admitted.size;
  }
}
