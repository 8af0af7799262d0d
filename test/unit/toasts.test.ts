import { describe, expect, it } from 'vitest';
import { useToasts } from '../../client/src/ui/useToasts.js';

describe('toasts', () => {
  it('takes down error toasts when a later action succeeds, and keeps information', () => {
    const toasts = useToasts();
    for (const t of [...toasts.toasts]) toasts.dismiss(t.id);
    toasts.error('Gagal menyimpan');
    toasts.info('Menyimpan ulang…');
    expect(toasts.toasts.map((t) => t.kind)).toEqual(['error', 'info']);
    toasts.success('Tersimpan');
    expect(toasts.toasts.map((t) => [t.kind, t.text])).toEqual([
      ['info', 'Menyimpan ulang…'],
      ['success', 'Tersimpan'],
    ]);
  });
});
