/** Domain vocabularies shared by the server's schema and the client's forms. */

export const LEAD_STAGES = ['NEW', 'CONTACTED', 'PRESENTED', 'APPLICATION', 'SURVEY', 'COMMITTEE', 'WON', 'LOST'] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

/** Stages a lead can still move forward from. */
export const OPEN_STAGES: readonly LeadStage[] = LEAD_STAGES.filter((s) => s !== 'WON' && s !== 'LOST');

/** Default win probability (percent) per stage, used for the weighted forecast. */
export const STAGE_PROBABILITY: Readonly<Record<LeadStage, number>> = {
  NEW: 5,
  CONTACTED: 10,
  PRESENTED: 20,
  APPLICATION: 40,
  SURVEY: 60,
  COMMITTEE: 80,
  WON: 100,
  LOST: 0,
};

export const LEAD_SOURCES = ['BROCHURE', 'SOCIAL_MEDIA', 'REFERRAL', 'WALK_IN', 'EVENT', 'WEBSITE', 'OTHER'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/** The account-officer types; a lead belongs to the segment of the officer type that serves it. */
export const SEGMENTS = ['MICRO', 'SME', 'SECURED_LOAN', 'FINANCIAL_SERVICES', 'CREDIT'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const ROLES = ['OFFICER', 'MARKETING', 'MANAGER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export function isLeadStage(value: unknown): value is LeadStage {
  return typeof value === 'string' && (LEAD_STAGES as readonly string[]).includes(value);
}

export const OFFER_STATUSES = ['DRAFT', 'PRESENTED', 'ACCEPTED', 'DECLINED', 'EXPIRED'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const ACTIVITY_TYPES = ['CALL', 'WHATSAPP', 'SMS', 'VISIT', 'EMAIL', 'MEETING', 'NOTE'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_OUTCOMES = [
  'REACHED',
  'NO_ANSWER',
  'INTERESTED',
  'NOT_INTERESTED',
  'CALL_BACK',
  'PROMISED_TO_PAY',
  'DOCUMENTS_RECEIVED',
  'VISITED',
  'WRONG_NUMBER',
  'OTHER',
] as const;
export type ActivityOutcome = (typeof ACTIVITY_OUTCOMES)[number];

export const NOTIFICATION_TYPES = [
  'LEAD_ASSIGNED',
  'FOLLOW_UP_DUE',
  'LEAD_STALE',
  'TASK_ASSIGNED',
  'MENTION',
  'PROMISE_BROKEN',
  'COMPLAINT_WARNING',
  'COMPLAINT_BREACHED',
  'REPORT_SUBMITTED',
  'REPORT_ACKNOWLEDGED',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** Default days a lead may stay in a stage without an activity (admins change them). */
export const DEFAULT_STAGE_SLA_DAYS: Partial<Record<LeadStage, number>> = {
  NEW: 2,
  CONTACTED: 5,
  PRESENTED: 7,
  APPLICATION: 7,
  SURVEY: 5,
  COMMITTEE: 5,
};

export const CAMPAIGN_CHANNELS = ['BROCHURE', 'SOCIAL_MEDIA', 'REFERRAL', 'EVENT', 'WEBSITE', 'OTHER'] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

export const CAMPAIGN_STATUSES = ['PLANNED', 'ACTIVE', 'DONE', 'CANCELLED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'REVIEW', 'DONE'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
