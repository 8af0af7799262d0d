import type { BoardViewer, LiveBoard, OfficeAncestry } from '../../boards/board.js';
import type { CampaignVisibility } from '../../events/visibility.js';

/**
 * Campaigns are read by the staff of their own office, by the managers of that office and the offices
 * above it, and by admins (see CampaignService).
 */
export const campaignRoom = {
  all: 'campaigns:all',
  /** A manager's: the campaigns of their office and the offices under it. */
  managed: (officeId: number | string) => `campaigns:managed:${officeId}`,
  /** Marketing's and officers': their own office's campaigns only. */
  staff: (officeId: number | string) => `campaigns:staff:${officeId}`,
};

/** The campaign list and pages: a live list without columns, whose records are heard by office. */
export const CAMPAIGN_LIST: LiveBoard<CampaignVisibility> = {
  board: 'campaigns',
  audience: {
    rooms: ({ officeId }: CampaignVisibility, tree: OfficeAncestry) => [
      campaignRoom.all,
      campaignRoom.staff(officeId),
      ...tree.ancestors(Number(officeId)).map((id) => campaignRoom.managed(id)),
    ],
    roomsOfViewer(user: BoardViewer): string[] {
      switch (user.role) {
        case 'ADMIN':
          return [campaignRoom.all];
        case 'MANAGER':
          return [campaignRoom.managed(user.officeId)];
        case 'MARKETING':
        case 'OFFICER':
          return [campaignRoom.staff(user.officeId)];
      }
    },
  },
};
