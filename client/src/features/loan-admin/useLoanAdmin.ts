import { computed, ref } from 'vue';
import type { InstitutionType } from '@prospek/shared';
import { request } from '../../api/client';
import type { LoanAdminQuery as LoanAdminResult } from '../../api/generated/graphql';
import { errorText } from '../../ui/error-text';
import { LoanAdminQuery } from './loan-admin.operations';

export type RuleSetRow = LoanAdminResult['collectibilityRuleSets'][number];
export type ProductTermsRow = LoanAdminResult['loanProductTerms'][number];
export type LoanProductRow = LoanAdminResult['products']['nodes'][number];

/** The loan book's admin data in one request: the institution type, every rule set version, product terms. */
export function useLoanAdmin() {
  const data = ref<LoanAdminResult | null>(null);
  const failure = ref('');

  async function load(): Promise<void> {
    try {
      data.value = await request(LoanAdminQuery, {});
      failure.value = '';
    } catch (e) {
      failure.value = errorText(e);
    }
  }

  const institutionType = computed<InstitutionType | null>(() => (data.value?.loanBookSetting.institutionType as InstitutionType | undefined) ?? null);
  const ruleSets = computed<RuleSetRow[]>(() => data.value?.collectibilityRuleSets ?? []);
  const products = computed<LoanProductRow[]>(() => data.value?.products.nodes ?? []);
  const terms = computed(() => new Map((data.value?.loanProductTerms ?? []).map((row) => [row.productId, row])));

  void load();
  return { data, failure, load, institutionType, ruleSets, products, terms };
}

/**
 * The version in force on `today` (the newest not after it), else null; versions come newest first
 * within a type.
 */
export function versionInForce(versions: readonly RuleSetRow[], today: string): RuleSetRow | null {
  return versions.find((v) => v.effectiveFrom <= today) ?? null;
}
