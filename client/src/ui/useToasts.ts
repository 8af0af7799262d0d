import { reactive } from 'vue';

export interface Toast {
  id: number;
  kind: 'info' | 'error' | 'success';
  text: string;
}

const toasts = reactive<Toast[]>([]);
let nextId = 1;

/**
 * Short messages at the corner of the screen; errors stay longer, until a later success says the
 * trouble is over (a save that failed and then went through must not still say it failed).
 */
export function useToasts() {
  function show(kind: Toast['kind'], text: string) {
    if (kind === 'success') {
      for (const stale of toasts.filter((t) => t.kind === 'error')) dismiss(stale.id);
    }
    const id = nextId++;
    toasts.push({ id, kind, text });
    setTimeout(() => dismiss(id), kind === 'error' ? 7000 : 3500);
  }
  function dismiss(id: number) {
    const index = toasts.findIndex((t) => t.id === id);
    if (index >= 0) toasts.splice(index, 1);
  }
  return {
    toasts,
    dismiss,
    info: (text: string) => show('info', text),
    success: (text: string) => show('success', text),
    error: (text: string) => show('error', text),
  };
}
