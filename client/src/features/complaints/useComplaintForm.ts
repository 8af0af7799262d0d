import { ref } from 'vue';
import type { FieldError } from '@prospek/shared';
import { ApiError } from '../../api/client';
import { errorText, fieldErrorText } from '../../ui/error-text';
import { useToasts } from '../../ui/useToasts';

/** A complaint dialog's field errors worded with their rule (extended once, reopening window), and its one submit. */
export function useComplaintForm() {
  const toasts = useToasts();
  const errors = ref<FieldError[]>([]);
  const busy = ref(false);
  const errorOf = (field: string): string | null => {
    const e = errors.value.find((x) => x.field === field || x.field === `input.${field}`);
    return e ? fieldErrorText(e, { withField: false }) : null;
  };
  async function submit(work: () => Promise<void>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    errors.value = [];
    try {
      await work();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'BAD_USER_INPUT' && e.fieldErrors.length > 0) errors.value = e.fieldErrors;
      else toasts.error(errorText(e));
    } finally {
      busy.value = false;
    }
  }
  return { errors, busy, errorOf, submit };
}
