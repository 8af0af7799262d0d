/**
 * Who read a client's personal data (UU PDP): the client resolver notes each NIK, NPWP or birth date it
 * answers, and readAuditPlugin writes the request's notes once, as one 'read' entry per client.
 */
export const PERSONAL_DATA_FIELDS = ['nik', 'npwp', 'birthDate'] as const;
export type PersonalDataField = (typeof PERSONAL_DATA_FIELDS)[number];

/** The personal data fields one request answered, per client. */
export class PersonalDataReads {
  private readonly byClient = new Map<number, Set<PersonalDataField>>();

  /** Notes that `field` of client `clientId` is in the answer; returns the value to answer. */
  note<T>(clientId: number, field: PersonalDataField, value: T | null): T | null {
    if (value === null || value === undefined) return null;
    const fields = this.byClient.get(clientId) ?? new Set<PersonalDataField>();
    fields.add(field);
    this.byClient.set(clientId, fields);
    return value;
  }

  get size(): number {
    return this.byClient.size;
  }

  /** Each client read, with its fields in a fixed order; empties the collector. */
  take(): Array<{ clientId: number; fields: PersonalDataField[] }> {
    const reads = [...this.byClient].map(([clientId, fields]) => ({ clientId, fields: PERSONAL_DATA_FIELDS.filter((f) => fields.has(f)) }));
    this.byClient.clear();
    return reads;
  }
}
