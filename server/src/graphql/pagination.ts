import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { InputError } from '../errors.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** A paged list type for `Item` with `nodes`, `totalCount` and `pageInfo`. */
export function Paginated<Item extends object>(itemClass: ClassType<Item>) {
  @ObjectType()
  abstract class PaginatedClass {
    @Field(() => [itemClass])
    nodes: Item[];

    @Field(() => Int)
    totalCount: number;

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return PaginatedClass;
}

export const MAX_PAGE_SIZE = 100;

/** `first` and `after` of a paged list field. */
@ArgsType()
export class PageArgsType {
  @Field(() => Int, { nullable: true, description: 'At most 100; 50 when left out' })
  first: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the page before' })
  after: string | null;
}

/** A page size argument (`first`, `perColumn`) within 1..MAX_PAGE_SIZE, or BAD_USER_INPUT naming it. */
export function checkPageSize(field: string, size: number): number {
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw InputError.field(field, 'INVALID', `${field} must be between 1 and ${MAX_PAGE_SIZE}`, { min: 1, max: MAX_PAGE_SIZE }, 'OUT_OF_RANGE');
  }
  return size;
}

export function encodeCursor(parts: Array<string | number>): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Array<string | number> | null {
  if (!cursor) return null;
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.every((p) => typeof p === 'string' || typeof p === 'number')) return parts;
  } catch {
    // reported below
  }
  return null;
}
