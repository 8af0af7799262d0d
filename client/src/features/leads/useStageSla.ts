import { reactive } from 'vue';
import { isStale } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { request } from '../../api/client';
import { StageSlasQuery } from '../agenda/agenda.operations';

const limits = reactive<Partial<Record<LeadStage, number>>>({});
let loading: Promise<void> | null = null;

/** Stage SLAs (days a lead may stay idle), read once; `stale(card)` flags a card past its stage's. */
export function useStageSla() {
  loading ??= request(StageSlasQuery, {})
    .then((data) => {
      for (const s of data.stageSlas) limits[s.stage as LeadStage] = s.maxIdleDays;
    })
    .catch(() => {
      loading = null;
    });
  return {
    limits,
    stale: (card: { stage: LeadStage; stageEnteredAt: string; lastActivityAt?: string | null }) =>
      isStale({ ...card, lastActivityAt: card.lastActivityAt ?? null }, limits),
  };
}
