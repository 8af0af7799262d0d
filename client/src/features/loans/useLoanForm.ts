import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { FieldError } from '@prospek/shared';
import { ApiError } from '../../api/client';
import { fieldErrorText } from '../../ui/error-text';
import { useToasts } from '../../ui/useToasts';

/** Field errors of a loan dialog, worded in the user's language, and the one way its submit fails. */
export function useLoanForm() {
  const { t, te } = useI18n();
  const toasts = useToasts();
  const errors = ref<FieldError[]>([]);
  const busy = ref(false);
  const errorOf = (field: string): string | null => {
    const e = errors.value.find((x) => x.field === field);
    if (!e) return null;
    // A refusal by a named rule says the rule (an unschedulable tenor, a write-off before a repayment).
    if (e.reason) return fieldErrorText(e, { withField: false });
    return te(`errors.${e.code}`) ? t(`errors.${e.code}`, e.params ?? {}) : e.message;
  };
  async function submit(work: () => Promise<void>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    errors.value = [];
    try {
      await work();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'BAD_USER_INPUT' && e.fieldErrors.length > 0) errors.value = e.fieldErrors;
      else if (e instanceof ApiError) toasts.error(te(`errors.${e.code}`) ? t(`errors.${e.code}`) : t('errors.generic', { message: e.message }));
      else toasts.error(t('errors.generic', { message: String(e) }));
    } finally {
      busy.value = false;
    }
  }
  return { errors, busy, errorOf, submit };
}
