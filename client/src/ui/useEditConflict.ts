import { ref } from 'vue';
import type { Ref } from 'vue';
import { ApiError } from '../api/client';

/** One field where what the user typed differs from what the server holds now. */
export interface ConflictDifference {
  field: string;
  label: string;
  mine: string;
  theirs: string;
}

export interface ConflictField<F> {
  field: keyof F & string;
  label: string;
  /** How a form value reads to a person (an enum's name, a checkbox's yes/no); the raw text otherwise. */
  show?: (value: F[keyof F]) => string;
}

export interface EditConflictOptions<F extends object, R> {
  /** The version the form was opened with: the one the first save names. */
  version: number;
  /** The form as the user typed it; never overwritten unless they take the saved values. */
  form: F;
  /** The form's values for a record as the server holds it (the same mapping that filled the form). */
  toForm: (record: R) => F;
  fields: () => ConflictField<F>[];
  /** Reads the record in full when the conflict's `current` is a summary (a board card); null when gone. */
  reload?: (current: Record<string, unknown>) => Promise<R | null>;
}

interface Conflict<R> {
  differences: ConflictDifference[];
  /** Labels of fields only the other person changed: their values are now in the form. */
  adopted: string[];
  record: R;
  version: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/**
 * An edit that met a newer version on the server (`CONFLICT` with `extensions.current`). The form
 * keeps what the user typed; `conflict` lists, field by field, their value against the server's where
 * both changed it. A field only the other person changed takes the server's value in the form, so that
 * saving on top does not undo it; a field only the user changed stays as typed. The user either saves theirs on top (`applyMine`, then save again:
 * the next save names the new version) or takes the server's (`takeTheirs` fills the form with it).
 * Other conflicts (a duplicate) are not handled here.
 */
export function useEditConflict<F extends object, R>(options: EditConflictOptions<F, R>) {
  const version = ref(options.version);
  const conflict = ref(null) as Ref<Conflict<R> | null>;
  /** The values the form was opened with (then those of the version it was last reconciled with). */
  let base: Partial<F> = { ...options.form };
  const changedByUser = (field: keyof F) => !(field in base) || text(base[field]) !== text(options.form[field]);

  /** True when `error` was an edit conflict, now shown in `conflict`. */
  async function catchConflict(error: unknown): Promise<boolean> {
    if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return false;
    const current = error.current;
    if (!isRecord(current) || typeof current.version !== 'number') return false;
    const record = options.reload ? await options.reload(current) : (current as R);
    if (!record) return false;
    const held = (record as { version?: unknown }).version;
    const theirs = options.toForm(record);
    const differing = options.fields().filter(({ field }) => text(options.form[field]) !== text(theirs[field]));
    const adopted = differing.filter(({ field }) => !changedByUser(field));
    // Both changed it: the one question to put. A field only the user changed simply stays theirs.
    const changedOnServer = (field: keyof F) => !(field in base) || text(base[field]) !== text(theirs[field]);
    const differences = differing
      .filter(({ field }) => changedByUser(field) && changedOnServer(field))
      .map(({ field, label, show }) => ({
        field,
        label,
        mine: show ? show(options.form[field]) : text(options.form[field]),
        theirs: show ? show(theirs[field]) : text(theirs[field]),
      }));
    for (const { field } of adopted) options.form[field] = theirs[field];
    base = { ...base, ...theirs };
    conflict.value = { differences, adopted: adopted.map((f) => f.label), record, version: typeof held === 'number' ? held : current.version };
    return true;
  }

  /** The user keeps their values: the next save is made against the version the server holds now. */
  function applyMine() {
    if (!conflict.value) return;
    version.value = conflict.value.version;
    conflict.value = null;
  }

  /** The user drops their values: the form shows the server's, at its version. */
  function takeTheirs() {
    if (!conflict.value) return;
    Object.assign(options.form, options.toForm(conflict.value.record));
    version.value = conflict.value.version;
    conflict.value = null;
  }

  return { version, conflict, catchConflict, applyMine, takeTheirs };
}
