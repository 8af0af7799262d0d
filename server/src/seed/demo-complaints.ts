import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { addDays, businessDate, positionsAfter, startOfBusinessDate } from '@prospek/shared';
import type { ComplaintChannel, ComplaintStatus } from '@prospek/shared';
import { Client } from '../modules/client/client.entity.js';
import { Complaint, ComplaintCategory, ComplaintEvent, ResolutionPolicy } from '../modules/complaint/complaint.entity.js';
import type { ComplaintEventKind } from '../modules/complaint/complaint.entity.js';
import { COMPLAINT_STATUSES } from '@prospek/shared';

interface DemoComplaint {
  client: number;
  category: number;
  channel: ComplaintChannel;
  description: string;
  /** Calendar days before today it came in. */
  ago: number;
  /** Status changes after it was logged: days after it came in, and the status. */
  steps: Array<[days: number, status: ComplaintStatus, kind?: ComplaintEventKind]>;
  resolution?: { policy: number; text: string; outcome: 'UPHELD' | 'PARTLY_UPHELD' | 'NOT_UPHELD' };
}

const DEMO: DemoComplaint[] = [
  { client: 0, category: 1, channel: 'WALK_IN', description: 'Denda keterlambatan dikenakan padahal angsuran dibayar sebelum jatuh tempo.', ago: 1, steps: [] },
  { client: 1, category: 3, channel: 'PHONE', description: 'Petugas penagihan menelepon kerabat nasabah.', ago: 12, steps: [[1, 'IN_PROGRESS']] },
  {
    client: 2,
    category: 0,
    channel: 'WHATSAPP',
    description: 'Saldo pinjaman di aplikasi berbeda dengan surat tagihan.',
    ago: 6,
    steps: [
      [1, 'IN_PROGRESS'],
      [3, 'WAITING_CLIENT'],
    ],
  },
  {
    client: 3,
    category: 4,
    channel: 'LETTER',
    description: 'Data SLIK masih menunjukkan tunggakan yang sudah dilunasi.',
    ago: 24,
    steps: [[2, 'IN_PROGRESS']],
  },
  {
    client: 0,
    category: 1,
    channel: 'EMAIL',
    description: 'Biaya administrasi pelunasan dipotong dua kali.',
    ago: 35,
    steps: [
      [1, 'IN_PROGRESS'],
      [9, 'RESOLVED'],
    ],
    resolution: { policy: 2, text: 'Biaya yang terpotong dua kali dikembalikan ke rekening nasabah.', outcome: 'UPHELD' },
  },
  {
    client: 4,
    category: 2,
    channel: 'WALK_IN',
    description: 'Antrean layanan pengajuan restrukturisasi terlalu lama.',
    ago: 45,
    steps: [
      [3, 'IN_PROGRESS'],
      [21, 'RESOLVED'],
      [25, 'CLOSED'],
    ],
    resolution: { policy: 3, text: 'Dijelaskan jadwal layanan restrukturisasi dan nomor antrean daring.', outcome: 'PARTLY_UPHELD' },
  },
];

/**
 * Complaints that make the board, the calendar and the report mean something on first start: new, in
 * progress (one nearing its deadline), waiting for the client, late, and resolved on time and late.
 */
export async function seedDemoComplaints(manager: EntityManager, now: Date = new Date()): Promise<void> {
  const today = businessDate(now);
  const categories = await manager.find(ComplaintCategory, { order: { id: 'ASC' } });
  const policies = await manager.find(ResolutionPolicy, { order: { id: 'ASC' } });
  const clients = await manager.find(Client, { where: { officerId: In(await officerIds(manager)) }, order: { id: 'ASC' }, take: 5 });
  if (clients.length === 0 || categories.length === 0) return;
  const keys = new Map(COMPLAINT_STATUSES.map((s) => [s, positionsAfter(null, DEMO.length)]));
  let n = 0;
  for (const demo of DEMO) {
    const client = clients[demo.client % clients.length];
    const receivedAt = addDays(today, -demo.ago);
    const at = (days: number) => new Date(startOfBusinessDate(addDays(receivedAt, days)).getTime() + (9 + n) * 3_600_000);
    const status = demo.steps.length ? demo.steps[demo.steps.length - 1][1] : 'OPEN';
    const resolvedStep = demo.steps.find((s) => s[1] === 'RESOLVED');
    const inserted = await manager.insert(Complaint, {
      clientId: client.id,
      leadId: null,
      loanId: null,
      invoiceId: null,
      productId: null,
      channel: demo.channel,
      categoryId: categories[demo.category % categories.length].id,
      priority: demo.ago > 20 ? 'HIGH' : 'NORMAL',
      description: demo.description,
      receivedAt,
      completeOn: receivedAt,
      status,
      position: (keys.get(status) as string[])[n],
      ownerId: client.officerId,
      officeId: client.officeId,
      extendedOn: null,
      extensionReason: null,
      resolution: demo.resolution?.text ?? null,
      policyId: demo.resolution ? policies[demo.resolution.policy % policies.length].id : null,
      outcome: demo.resolution?.outcome ?? null,
      answerChannel: demo.resolution ? 'LETTER' : null,
      answeredOn: resolvedStep ? addDays(receivedAt, resolvedStep[0]) : null,
      archivedAt: null,
      createdById: client.officerId ?? 1,
    });
    const complaintId = Number(inserted.identifiers[0].id);
    const events = [{ kind: 'CREATED' as ComplaintEventKind, status: 'OPEN' as ComplaintStatus, at: at(0) }];
    for (const [days, next, kind] of demo.steps) events.push({ kind: kind ?? (next === 'RESOLVED' ? 'RESOLVED' : 'MOVED'), status: next, at: at(days) });
    for (const e of events)
      await manager.insert(ComplaintEvent, { complaintId, kind: e.kind, status: e.status, note: null, actorId: client.officerId, at: e.at });
    n += 1;
  }
}

async function officerIds(manager: EntityManager): Promise<number[]> {
  const rows: Array<{ id: number }> = await manager.query(`SELECT id FROM ${manager.connection.driver.escape('user')} WHERE role = 'OFFICER' ORDER BY id`);
  return rows.slice(0, 2).map((r) => Number(r.id));
}
