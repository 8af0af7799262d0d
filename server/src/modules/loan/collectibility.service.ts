import { In } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ALLOCATION_PRESETS,
  DEFAULT_RESTRUCTURE_UPGRADE,
  INSTITUTION_TYPES,
  collectibilityRulesProblem,
  isBusinessDate,
  rateToMicroPercent,
  restructureUpgradeProblem,
} from '@prospek/shared';
import type { AllocationPreset, AllocationStep, CollectibilityGrade, CollectibilityRules, FieldError, InstitutionType, LedgerTerms } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { InputError } from '../../errors.js';
import { Product } from '../product/product.entity.js';
import type { User } from '../user/user.entity.js';
import { CollectibilityRuleSet, LoanBookSetting, LoanProductSetting } from './collectibility.entity.js';

/** What a product's loans are collected by. */
export interface CollectionTerms extends LedgerTerms {
  graceDays: number;
  tolerance: bigint;
}

export const DEFAULT_COLLECTION_TERMS: CollectionTerms = {
  allocation: ALLOCATION_PRESETS.INSTALLMENT_BY_INSTALLMENT,
  penaltyMicroPercentPerDay: 0,
  graceDays: 0,
  tolerance: 0n,
};

function termsOfSetting(setting: LoanProductSetting | null): CollectionTerms {
  if (!setting) return DEFAULT_COLLECTION_TERMS;
  return {
    allocation: JSON.parse(setting.allocationOrderJson) as AllocationStep[],
    penaltyMicroPercentPerDay: setting.penaltyMicroPercentPerDay,
    graceDays: setting.graceDays,
    tolerance: setting.toleranceAmount,
  };
}

export interface RuleSetChange {
  institutionType: InstitutionType;
  effectiveFrom: string;
  maxDaysPastDue: number[];
  pastMaturityMinGrade: number | null;
  /** Unset: kept from the type's latest version (3 and 1 when there is none). */
  restructureUpgradeAfter?: number | null;
  restructureUpgradeGrades?: number | null;
}

export function rulesOf(set: CollectibilityRuleSet): CollectibilityRules {
  return { maxDaysPastDue: set.maxDaysPastDue as CollectibilityRules['maxDaysPastDue'], pastMaturityMinGrade: set.pastMaturityMinGrade };
}

/**
 * Collectibility rule sets (versioned by effective date, per institution type), the institution type the
 * book follows, and each loan product's collection terms. All are data an admin edits.
 */
export class CollectibilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Every version of every institution type's rules, newest first within a type. */
  list(): Promise<CollectibilityRuleSet[]> {
    return this.dataSource.getRepository(CollectibilityRuleSet).find({ order: { institutionType: 'ASC', effectiveFrom: 'DESC' } });
  }

  async institutionType(manager: EntityManager = this.dataSource.manager): Promise<InstitutionType> {
    const setting = await manager.findOneBy(LoanBookSetting, { id: 1 });
    return setting?.institutionType ?? 'COMMERCIAL_BANK';
  }

  /** The rules of the book's institution type in force on `asOf`. */
  async rulesFor(manager: EntityManager, asOf: string): Promise<CollectibilityRuleSet> {
    const type = await this.institutionType(manager);
    const set = await manager
      .getRepository(CollectibilityRuleSet)
      .createQueryBuilder('r')
      .where('r.institutionType = :type AND r.effectiveFrom <= :asOf', { type, asOf })
      .orderBy('r.effectiveFrom', 'DESC')
      .getOne();
    if (!set) throw new Error(`No collectibility rules for ${type} on ${asOf}`);
    return set;
  }

  /** A new version of a type's rules from its effective date (an existing version of that date is replaced). */
  async update(actor: User, change: RuleSetChange): Promise<CollectibilityRuleSet> {
    const errors = [];
    if (!INSTITUTION_TYPES.includes(change.institutionType))
      errors.push({ field: 'institutionType', code: 'INVALID' as const, message: 'Unknown institution type' });
    if (!isBusinessDate(change.effectiveFrom))
      errors.push({ field: 'effectiveFrom', code: 'DATE_INVALID' as const, message: 'effectiveFrom must be YYYY-MM-DD' });
    const rules = { maxDaysPastDue: change.maxDaysPastDue, pastMaturityMinGrade: change.pastMaturityMinGrade } as CollectibilityRules;
    const problem = collectibilityRulesProblem(rules);
    if (problem) errors.push({ field: 'maxDaysPastDue', code: 'INVALID' as const, message: problem });
    const upgrade = {
      afterOnTimeInstallments: change.restructureUpgradeAfter ?? DEFAULT_RESTRUCTURE_UPGRADE.afterOnTimeInstallments,
      grades: change.restructureUpgradeGrades ?? DEFAULT_RESTRUCTURE_UPGRADE.grades,
    };
    const upgradeProblem = restructureUpgradeProblem(upgrade);
    if (upgradeProblem) {
      const field = upgradeProblem.startsWith('grades') ? 'restructureUpgradeGrades' : 'restructureUpgradeAfter';
      errors.push({ field, code: 'INVALID' as const, message: upgradeProblem });
    }
    if (errors.length > 0) throw new InputError(errors);
    return this.transactions.run(async (tx) => {
      const repo = tx.manager.getRepository(CollectibilityRuleSet);
      const existing = await repo.findOneBy({ institutionType: change.institutionType, effectiveFrom: change.effectiveFrom });
      const latest = await repo.findOne({ where: { institutionType: change.institutionType }, order: { effectiveFrom: 'DESC' } });
      const values = {
        restructureUpgradeAfter: change.restructureUpgradeAfter ?? latest?.restructureUpgradeAfter ?? DEFAULT_RESTRUCTURE_UPGRADE.afterOnTimeInstallments,
        restructureUpgradeGrades: change.restructureUpgradeGrades ?? latest?.restructureUpgradeGrades ?? DEFAULT_RESTRUCTURE_UPGRADE.grades,
        institutionType: change.institutionType,
        effectiveFrom: change.effectiveFrom,
        maxDaysPastDueJson: JSON.stringify(rules.maxDaysPastDue),
        pastMaturityMinGrade: rules.pastMaturityMinGrade as CollectibilityGrade | null,
        createdById: actor.id,
      };
      let id: number;
      if (existing) {
        await repo.update({ id: existing.id }, values);
        id = existing.id;
      } else {
        id = Number((await repo.insert(values)).identifiers[0].id);
      }
      await tx.audit({
        entityType: 'CollectibilityRuleSet',
        entityId: id,
        action: existing ? 'update' : 'create',
        actorId: actor.id,
        before: existing
          ? {
              maxDaysPastDue: existing.maxDaysPastDue,
              pastMaturityMinGrade: existing.pastMaturityMinGrade,
              restructureUpgradeAfter: existing.restructureUpgradeAfter,
              restructureUpgradeGrades: existing.restructureUpgradeGrades,
            }
          : null,
        after: values,
      });
      return repo.findOneByOrFail({ id });
    });
  }

  async setInstitutionType(actor: User, type: InstitutionType): Promise<LoanBookSetting> {
    if (!INSTITUTION_TYPES.includes(type)) throw InputError.field('institutionType', 'INVALID', 'Unknown institution type');
    return this.transactions.run(async (tx) => {
      const before = await this.institutionType(tx.manager);
      await tx.manager.getRepository(LoanBookSetting).update({ id: 1 }, { institutionType: type });
      await tx.audit({
        entityType: 'LoanBookSetting',
        entityId: 1,
        action: 'update',
        actorId: actor.id,
        before: { institutionType: before },
        after: { institutionType: type },
      });
      return tx.manager.findOneByOrFail(LoanBookSetting, { id: 1 });
    });
  }

  async termsOf(manager: EntityManager, productId: number): Promise<CollectionTerms> {
    return termsOfSetting(await manager.findOneBy(LoanProductSetting, { productId }));
  }

  /** `termsOf` for several products in one statement. */
  async termsOfMany(manager: EntityManager, productIds: readonly number[]): Promise<Map<number, CollectionTerms>> {
    const ids = [...new Set(productIds)];
    const settings = ids.length ? await manager.find(LoanProductSetting, { where: { productId: In(ids) } }) : [];
    const byProduct = new Map(settings.map((s) => [s.productId, s]));
    return new Map(ids.map((id) => [id, termsOfSetting(byProduct.get(id) ?? null)]));
  }

  /** A loan product's collection terms: allocation order (a preset), grace days, tolerance, late penalty. */
  async updateProductTerms(
    actor: User,
    input: { productId: string; allocationPreset: AllocationPreset; graceDays: number; toleranceAmount: bigint; penaltyPercentPerDay: number },
  ): Promise<LoanProductSetting> {
    const errors: FieldError[] = [];
    if (!(input.allocationPreset in ALLOCATION_PRESETS)) errors.push({ field: 'allocationPreset', code: 'INVALID', message: 'Unknown allocation order' });
    if (!Number.isInteger(input.graceDays) || input.graceDays < 0 || input.graceDays > 90) {
      errors.push({ field: 'graceDays', code: 'INVALID', message: 'graceDays must be 0 to 90', params: { min: 0, max: 90 } });
    }
    if (input.toleranceAmount < 0n) errors.push({ field: 'toleranceAmount', code: 'AMOUNT_INVALID', message: 'toleranceAmount must not be negative' });
    if (!Number.isFinite(input.penaltyPercentPerDay) || input.penaltyPercentPerDay < 0 || input.penaltyPercentPerDay > 1) {
      errors.push({ field: 'penaltyPercentPerDay', code: 'INVALID', message: 'penaltyPercentPerDay must be 0 to 1', params: { min: 0, max: 1 } });
    }
    if (errors.length > 0) throw new InputError(errors);
    const productId = Number(input.productId);
    return this.transactions.run(async (tx) => {
      const product = Number.isSafeInteger(productId) ? await tx.manager.findOneBy(Product, { id: productId }) : null;
      if (!product || product.kind !== 'LOAN') throw InputError.field('productId', 'NOT_ALLOWED', 'productId is not a loan product');
      const values = {
        productId,
        allocationOrderJson: JSON.stringify(ALLOCATION_PRESETS[input.allocationPreset]),
        graceDays: input.graceDays,
        toleranceAmount: input.toleranceAmount,
        penaltyMicroPercentPerDay: Number(rateToMicroPercent(input.penaltyPercentPerDay)),
      };
      const repo = tx.manager.getRepository(LoanProductSetting);
      const before = await repo.findOneBy({ productId });
      if (before) await repo.update({ productId }, values);
      else await repo.insert(values);
      await tx.audit({
        entityType: 'Product',
        entityId: productId,
        action: 'collection-terms',
        actorId: actor.id,
        before: before
          ? {
              allocationOrderJson: before.allocationOrderJson,
              graceDays: before.graceDays,
              toleranceAmount: before.toleranceAmount,
              penaltyMicroPercentPerDay: before.penaltyMicroPercentPerDay,
            }
          : null,
        after: { ...values, preset: input.allocationPreset },
      });
      return repo.findOneByOrFail({ productId });
    });
  }
}
