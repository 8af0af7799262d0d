import { reactive } from 'vue';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/src/api/client.js';
import { useEditConflict } from '../../client/src/ui/useEditConflict.js';

interface Record {
  id: string;
  version: number;
  name: string;
  email: string;
  notes: string;
}

function editor(opened: Record) {
  const toForm = (r: Record) => ({ name: r.name, email: r.email, notes: r.notes });
  const form = reactive(toForm(opened));
  const edit = useEditConflict({
    version: opened.version,
    form,
    toForm,
    fields: () => (['name', 'email', 'notes'] as const).map((field) => ({ field, label: field })),
  });
  return { form, edit };
}

const conflict = (current: unknown) => new ApiError('changed', 'CONFLICT', [], current);
const opened: Record = { id: '7', version: 3, name: 'Siti', email: '', notes: 'awal' };

describe('edit conflicts', () => {
  it('sets the fields both changed side by side, takes the ones only the other changed, and saves on top of the new version', async () => {
    const { form, edit } = editor(opened);
    form.notes = 'punya saya';
    form.name = 'Siti Aminah';
    const saved: Record = { ...opened, version: 4, name: 'Siti A.', email: 'siti@contoh.id' };
    expect(await edit.catchConflict(conflict(saved))).toBe(true);
    expect(edit.conflict.value?.differences).toEqual([{ field: 'name', label: 'name', mine: 'Siti Aminah', theirs: 'Siti A.' }]);
    expect(edit.conflict.value?.adopted).toEqual(['email']);
    // The typing stays; the other's email comes in; notes (only mine changed) stay mine, unlisted.
    expect({ ...form }).toEqual({ name: 'Siti Aminah', email: 'siti@contoh.id', notes: 'punya saya' });
    expect(edit.version.value).toBe(3);
    edit.applyMine();
    expect(edit.version.value).toBe(4);
    expect(edit.conflict.value).toBeNull();
  });

  it('fills the form with the saved record when the user takes it', async () => {
    const { form, edit } = editor(opened);
    form.notes = 'punya saya';
    await edit.catchConflict(conflict({ ...opened, version: 5, notes: 'punya mereka' }));
    edit.takeTheirs();
    expect({ ...form }).toEqual({ name: 'Siti', email: '', notes: 'punya mereka' });
    expect(edit.version.value).toBe(5);
  });

  it('leaves other errors and duplicate conflicts (no version) to the form', async () => {
    const { edit } = editor(opened);
    expect(await edit.catchConflict(new ApiError('bad', 'BAD_USER_INPUT'))).toBe(false);
    expect(await edit.catchConflict(conflict({ id: '9', field: 'phone' }))).toBe(false);
    expect(await edit.catchConflict(conflict(null))).toBe(false);
    expect(edit.conflict.value).toBeNull();
  });
});
