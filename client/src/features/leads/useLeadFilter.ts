import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { LEAD_SOURCES, SEGMENTS } from '@prospek/shared';
import type { LeadFilter, LeadSource, Segment } from '@prospek/shared';

/** The board's filter, kept in the URL (?owner=&segment=&source=&q=) so it can be shared. */
export function useLeadFilter() {
  const route = useRoute();
  const router = useRouter();
  const one = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

  const filter = computed<LeadFilter>(() => {
    const segment = one(route.query.segment);
    const source = one(route.query.source);
    return {
      ownerId: one(route.query.owner),
      segment: segment && (SEGMENTS as readonly string[]).includes(segment) ? (segment as Segment) : null,
      source: source && (LEAD_SOURCES as readonly string[]).includes(source) ? (source as LeadSource) : null,
      search: one(route.query.q),
    };
  });

  function update(patch: Partial<LeadFilter>) {
    const next = { ...filter.value, ...patch };
    const query: Record<string, string> = {};
    if (next.ownerId) query.owner = next.ownerId;
    if (next.segment) query.segment = next.segment;
    if (next.source) query.source = next.source;
    if (next.search?.trim()) query.q = next.search.trim();
    void router.replace({ query });
  }

  const active = computed(() => Object.values(filter.value).some((v) => v));
  return { filter, update, active, clear: () => update({ ownerId: null, segment: null, source: null, search: null }) };
}
