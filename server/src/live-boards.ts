/**
 * The live boards this server runs, one line each: the realtime hub routes events and joins by this
 * list, and the background rebalancing walks its boards with columns. A board declares itself in its
 * module (`modules/<area>/<area>.board.ts`); registering it here is all the wiring it needs.
 */
import { BoardRegistry } from './boards/board-registry.js';
import { CAMPAIGN_LIST } from './modules/campaign/campaign.board.js';
import { LEAD_BOARD } from './modules/lead/lead.board.js';
import { COLLECTION_BOARD, LOAN_LIST } from './modules/loan/collection.board.js';
import { COMPLAINT_BOARD } from './modules/complaint/complaint.board.js';
import { TASK_BOARD } from './modules/task/task.board.js';
import { INVOICE_LIST } from './modules/invoice/invoice.board.js';
import { RECONCILIATION_BOARD } from './modules/reconcile/reconcile.board.js';

export const LIVE_BOARDS = new BoardRegistry([
  LEAD_BOARD,
  TASK_BOARD,
  CAMPAIGN_LIST,
  COLLECTION_BOARD,
  LOAN_LIST,
  INVOICE_LIST,
  COMPLAINT_BOARD,
  RECONCILIATION_BOARD,
]);
