/**
 * Who can see a record, as its events carry it: its board's declared audience turns it into socket
 * rooms (`lead/lead.board.ts`, `task/task.board.ts`, `campaign/campaign.board.ts`), and an event keeps
 * the one from before the change so that a viewer who loses sight of the record hears `removed`.
 */

/** The fields of a lead that decide who sees it. */
export interface LeadVisibility {
  ownerId: string | null;
  officeId: string;
  /** The office of the campaign that brought the lead: its marketing team sees the lead. */
  campaignOfficeId: string | null;
}

/** The fields of a task that decide who sees it. */
export interface TaskVisibility {
  officeId: string;
  requesterId: string;
  assigneeId: string | null;
}

/** The field of a campaign that decides who sees it. */
export interface CampaignVisibility {
  officeId: string;
}
