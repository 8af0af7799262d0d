import { computed, reactive, ref } from 'vue';
import { formatRupiah, parseMoney, parseRupiahInput, moneyToDecimal, validateLeadFields } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import { ApiError, newMutationId, request } from '../../api/client';
import { fromZonedInput, toZonedInput } from '../../api/time-zones';
import type { LeadCardFieldsFragment, LeadDetailQuery as LeadDetailResult } from '../../api/generated/graphql';
import { useEditConflict } from '../../ui/useEditConflict';
import type { ConflictField } from '../../ui/useEditConflict';
import { CreateLeadMutation, LeadDetailQuery, UpdateLeadMutation } from './lead.operations';

export type LeadDetail = NonNullable<LeadDetailResult['lead']>;

/** An amount as the form shows it ("8.500.000"), empty when unknown. */
function typedAmount(decimal: string | null | undefined): string {
  return decimal ? formatRupiah(parseMoney(decimal)).replace(/^Rp /, '') : '';
}

/** The money fields of the form, each optional but monthly income and existing installments. */
const OPTIONAL_AMOUNTS = ['monthlyIncome', 'existingInstallments'] as const;

function emptyForm() {
  return {
    fullName: '',
    companyName: '',
    phone: '',
    whatsapp: '',
    email: '',
    nik: '',
    source: 'WALK_IN',
    referrerName: '',
    segment: '',
    estimatedAmount: '',
    monthlyIncome: '',
    existingInstallments: '',
    expectedCloseDate: '',
    nextActionAt: '',
    notes: '',
    campaignId: '',
    productId: '',
  };
}

export type LeadFormValues = ReturnType<typeof emptyForm>;

/** The form's values for a lead as read. */
function formFromLead(lead: LeadDetail): LeadFormValues {
  return {
    fullName: lead.fullName,
    companyName: lead.companyName ?? '',
    phone: lead.phone ?? '',
    whatsapp: lead.whatsapp ?? '',
    email: lead.email ?? '',
    nik: lead.nik ?? '',
    source: lead.source,
    referrerName: lead.referrerName ?? '',
    segment: lead.segment ?? '',
    estimatedAmount: typedAmount(lead.estimatedAmount),
    monthlyIncome: typedAmount(lead.monthlyIncome),
    existingInstallments: typedAmount(lead.existingInstallments),
    expectedCloseDate: lead.expectedCloseDate ?? '',
    // Typed and shown in the viewer's office zone, whatever the device's zone.
    nextActionAt: toZonedInput(lead.nextActionAt),
    notes: lead.notes ?? '',
    campaignId: lead.campaignId ?? '',
    productId: lead.productId ?? '',
  };
}

/**
 * The lead form: its fields as typed, the shared validation the server also applies, and saving
 * (create, or update against the version it was opened with). `requireCampaign`: marketing sees only
 * the leads of its campaigns, so its new leads must name one.
 */
export function useLeadForm(existing: LeadDetail | null, requireCampaign = false, conflictFields: () => ConflictField<LeadFormValues>[] = () => []) {
  const form = reactive(existing ? formFromLead(existing) : emptyForm());
  const edit = useEditConflict({
    version: existing?.version ?? 0,
    form,
    toForm: formFromLead,
    fields: conflictFields,
    // The conflict carries the lead's board card; the form compares every field it edits.
    reload: async (current) => (await request(LeadDetailQuery, { id: String(current.id) })).lead ?? null,
  });
  const errors = ref<FieldError[]>([]);
  const saving = ref(false);
  const errorOf = computed(() => (field: string) => errors.value.find((e) => e.field === field) ?? null);

  function tidyAmount(field: 'estimatedAmount' | (typeof OPTIONAL_AMOUNTS)[number] = 'estimatedAmount') {
    const amount = parseRupiahInput(form[field]);
    if (amount !== null) form[field] = formatRupiah(amount).replace(/^Rp /, '');
  }

  /** Checks the form; returns the API input, or null with `errors` set. */
  function check() {
    const amount = parseRupiahInput(form.estimatedAmount);
    const amountError: FieldError[] =
      form.estimatedAmount.trim() !== '' && amount === null ? [{ field: 'estimatedAmount', code: 'AMOUNT_INVALID', message: 'amount' }] : [];
    const optional = OPTIONAL_AMOUNTS.map((field) => ({ field, typed: form[field].trim(), value: parseRupiahInput(form[field]) }));
    const optionalErrors: FieldError[] = optional
      .filter((o) => o.typed !== '' && o.value === null)
      .map((o) => ({ field: o.field, code: 'AMOUNT_INVALID', message: 'amount' }));
    const [monthlyIncome, existingInstallments] = optional.map((o) => (o.typed === '' ? null : o.value));
    const result = validateLeadFields({ ...form, estimatedAmount: amount, monthlyIncome, existingInstallments });
    const campaignError: FieldError[] =
      requireCampaign && !existing && !form.campaignId ? [{ field: 'campaignId', code: 'REQUIRED', message: 'campaign' }] : [];
    const fieldErrors = [
      ...(result.ok ? [] : result.errors.filter((e) => !(amountError.length && e.field === 'estimatedAmount'))),
      ...amountError,
      ...optionalErrors,
      ...campaignError,
    ];
    errors.value = fieldErrors;
    if (fieldErrors.length > 0 || !result.ok || amount === null) return null;
    return {
      ...result.value,
      estimatedAmount: moneyToDecimal(amount),
      monthlyIncome: monthlyIncome === null ? null : moneyToDecimal(monthlyIncome),
      existingInstallments: existingInstallments === null ? null : moneyToDecimal(existingInstallments),
      nextActionAt: fromZonedInput(form.nextActionAt),
      campaignId: form.campaignId || null,
      productId: form.productId || null,
    };
  }

  /** The open lead that already has the typed phone, as the server named it (`id` only when visible). */
  const duplicate = computed(() => {
    const error = errors.value.find((e) => e.field === 'phone' && e.code === 'DUPLICATE');
    if (!error) return null;
    return { id: error.params?.leadId ? String(error.params.leadId) : null, name: error.params?.fullName ? String(error.params.fullName) : null };
  });

  /** `allowDuplicate`: the user saw that an open lead has this phone and saves a new one anyway. */
  async function save(allowDuplicate = false): Promise<LeadCardFieldsFragment | null> {
    const input = check();
    if (!input) return null;
    saving.value = true;
    const mutationId = newMutationId();
    try {
      if (existing) {
        const data = await request(UpdateLeadMutation, { input: { ...input, id: existing.id, expectedVersion: edit.version.value } }, { mutationId });
        return data.updateLead;
      }
      const data = await request(CreateLeadMutation, { input: allowDuplicate ? { ...input, allowDuplicate: true } : input }, { mutationId });
      return data.createLead;
    } catch (e) {
      if (e instanceof ApiError && e.code === 'BAD_USER_INPUT') {
        errors.value = e.fieldErrors;
        return null;
      }
      if (existing && (await edit.catchConflict(e))) return null;
      throw e;
    } finally {
      saving.value = false;
    }
  }

  return { form, errors, errorOf, duplicate, saving, save, tidyAmount, edit };
}
