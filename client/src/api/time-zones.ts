/**
 * Time zones on the client: times show and are typed in the viewer's office zone (WIB, WITA or WIT),
 * whatever zone the device is set to, and a time of a record kept by an office in another zone is
 * labelled. The zones of the offices the viewer reaches load once per signed-in user.
 */
import { reactive } from 'vue';
import { TIME_ZONE_LABELS, businessDate, instantOfWallClock, officeZone, wallClock } from '@prospek/shared';
import type { OfficeTimeZone } from '@prospek/shared';
import { request } from './client';
import { requestAll } from './paging';
import { graphql } from './generated/gql';
import { useSession } from './session';

const OfficeZonesQuery = graphql(`
  query OfficeZones($first: Int, $after: String) {
    offices(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        timeZone
      }
    }
  }
`);

const state = reactive({ zones: new Map<string, OfficeTimeZone>(), loadedFor: null as string | null });

/** The signed-in user's office zone (Asia/Jakarta until known). */
export function viewerZone(): OfficeTimeZone {
  return officeZone(useSession().state.user?.office.timeZone);
}

export function zoneLabel(zone: string): string {
  return TIME_ZONE_LABELS[officeZone(zone)];
}

function loadZones(userId: string): void {
  state.loadedFor = userId;
  state.zones = new Map();
  requestAll(async (first, after) => (await request(OfficeZonesQuery, { first, after })).offices)
    .then((offices) => {
      if (state.loadedFor === userId) state.zones = new Map(offices.map((o) => [o.id, officeZone(o.timeZone)]));
    })
    .catch(() => {
      if (state.loadedFor === userId) state.loadedFor = null;
    });
}

/** The zone of an office the viewer reaches; null while unknown. */
export function zoneOfOffice(officeId: string | number | null | undefined): OfficeTimeZone | null {
  if (officeId === null || officeId === undefined) return null;
  const userId = useSession().state.user?.id ?? null;
  if (userId !== null && state.loadedFor !== userId) loadZones(userId);
  return state.zones.get(String(officeId)) ?? null;
}

/** Today in the viewer's office. */
export function today(): string {
  return businessDate(new Date(), viewerZone());
}

/** What a `datetime-local` input shows for an instant: the viewer's office wall clock. */
export function toZonedInput(iso: string | null | undefined, zone: string = viewerZone()): string {
  return iso ? wallClock(new Date(iso), zone) : '';
}

/** The instant (ISO) a `datetime-local` value means in the viewer's office zone; null when empty or not a time. */
export function fromZonedInput(local: string, zone: string = viewerZone()): string | null {
  return local ? (instantOfWallClock(local, zone)?.toISOString() ?? null) : null;
}
