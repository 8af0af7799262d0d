/**
 * Apollo Server plugin that records, once per request, which clients' personal data the answer holds
 * (see personal-data-reads.ts): one batched insert however many clients were listed. When the record
 * cannot be written the answer is withheld, so nobody reads personal data without a trace.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { ConflictError, RETRY_AFTER_SECONDS, UnavailableError } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { formatError } from '../../graphql/errors.js';
import { AuditEntry } from './audit-entry.entity.js';
import { PERSONAL_DATA_FIELDS } from './personal-data-reads.js';
import type { PersonalDataReads } from './personal-data-reads.js';
import { logError } from '../../observability/logger.js';

/** A CONFLICT on a client answers the client as it is now, personal data included: that is a read too. */
function noteConflicts(errors: readonly { originalError?: Error | null }[] | undefined, reads: PersonalDataReads): void {
  for (const error of errors ?? []) {
    const original = error.originalError;
    if (!(original instanceof ConflictError) || original.details.entity !== 'Client') continue;
    const current = original.details.current as Record<string, unknown> | null;
    if (!current || typeof current.id !== 'number') continue;
    for (const field of PERSONAL_DATA_FIELDS) reads.note(current.id, field, current[field] ?? null);
  }
}

export function readAuditPlugin(dataSource: DataSource, log: (line: string) => void = logError): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const { viewer, personalDataReads } = rc.contextValue;
          noteConflicts(rc.errors, personalDataReads);
          if (!viewer || personalDataReads.size === 0) return;
          const rows = personalDataReads.take().map(({ clientId, fields }) => ({
            entityType: 'Client',
            entityId: String(clientId),
            action: 'read',
            actorId: viewer.id,
            before: null,
            after: JSON.stringify({ fields }),
          }));
          try {
            await dataSource.createQueryBuilder().insert().into(AuditEntry).values(rows).updateEntity(false).execute();
          } catch (error) {
            log(`Read audit: could not record ${rows.length} client read(s): ${error instanceof Error ? error.message : String(error)}`);
            const body = rc.response.body;
            const unavailable = new UnavailableError();
            if (body.kind === 'single') body.singleResult = { errors: [formatError({ message: unavailable.message }, unavailable)] };
            rc.response.http.status = 503;
            rc.response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
