import type { CheckImportQuery } from '../../api/generated/graphql';

/** What a check of an upload answers, whatever the file holds (leads or loans). */
export type ImportCheckResult = CheckImportQuery['checkImport'];

/** What an import needs from the area it fills: how to check the rows and how to run it. */
export interface ImportKindHooks {
  /** Extra query parameters of the upload (`kind`, `campaignId`). */
  query: Record<string, string>;
  fields: readonly string[];
  /** Where the fields' names are among the messages. */
  labels: string;
  check: (importId: string, mapping: Record<string, string>) => Promise<ImportCheckResult>;
  run: (importId: string, mapping: Record<string, string>) => Promise<unknown>;
}
