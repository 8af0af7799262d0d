import { ClassType, Field, Int, ObjectType } from 'type-graphql';

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
