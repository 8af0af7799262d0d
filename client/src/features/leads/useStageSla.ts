import { reactive } from 'vue';
import { isStale } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { request } from '../../api/client';
import { onBoardSla } from '../../realtime/socket';
import { StageSlasQuery } from '../follow-ups/follow-up.operations';

const limits = reactive<Partial<Record<LeadStage, number>>>({});
let loading: Promise<void> | null = null;
let live = false;

/** Stage SLAs (days a lead may stay idle), read once; `stale(card)` flags a card past its stage's. */
export function useStageSla() {
  loading ??= request(StageSlasQuery, {})
    .then((data) => {
      for (const s of data.stageSlas) limits[s.stage as LeadStage] = s.maxIdleDays;
    })
    .catch(() => {
      loading = null;
    });
  if (!live) {
    // An admin's change reaches open pipeline boards at once (the same for every user, so kept for the session).
    onBoardSla('leads', (stage, days) => (limits[stage as LeadStage] = days));
    live = true;
  }
  return {
    limits,
    stale: (card: { stage: LeadStage; stageEnteredAt: string; lastActivityAt?: string | null }) =>
      isStale({ ...card, lastActivityAt: card.lastActivityAt ?? null }, limits),
  };
}
