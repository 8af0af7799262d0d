import { useI18n } from 'vue-i18n';
import { ApiError } from '../../api/client';
import { errorText, fieldErrorText } from '../../ui/error-text';
import { useToasts } from '../../ui/useToasts';

/** Runs one setting's save and says how it went, naming the setting when the server refuses a value. */
export function useSettingSave() {
  const { t } = useI18n();
  const toasts = useToasts();
  return async (label: string, save: () => Promise<void>): Promise<void> => {
    try {
      await save();
      toasts.success(t('settings.saved'));
    } catch (e) {
      toasts.error(e instanceof ApiError && e.fieldErrors[0] ? `${label}: ${fieldErrorText(e.fieldErrors[0], { withField: false })}` : errorText(e));
    }
  };
}
