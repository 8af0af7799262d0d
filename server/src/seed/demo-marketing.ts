/**
 * Demo marketing: campaigns in both offices with the leads their channels brought, and the head
 * office's task board. Runs after the leads and the catalog exist; deterministic like the rest.
 */
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { TASK_STATUSES, addDays, businessDate, positionsAfter } from '@prospek/shared';
import type { CampaignChannel, CampaignStatus, TaskStatus } from '@prospek/shared';
import { Campaign } from '../modules/campaign/campaign.entity.js';
import { Lead } from '../modules/lead/lead.entity.js';
import { Office } from '../modules/office/office.entity.js';
import { Product } from '../modules/product/product.entity.js';
import { MarketingTask, TaskComment } from '../modules/task/task.entity.js';
import { User } from '../modules/user/user.entity.js';

interface DemoCampaign {
  key: string;
  office: 'KP-JKT' | 'KC-BDG';
  name: string;
  channel: CampaignChannel;
  product: string;
  status: CampaignStatus;
  /** Days from today (Asia/Jakarta). */
  start: number;
  end: number;
  /** Whole rupiah. */
  budget: number;
  spend: number;
  leadGoal: number;
  description: string;
}

const CAMPAIGNS: DemoCampaign[] = [
  {
    key: 'pameran',
    office: 'KP-JKT',
    name: 'Pameran UMKM Pasar Minggu',
    channel: 'EVENT',
    product: 'KUR-MIKRO',
    status: 'ACTIVE',
    start: -60,
    end: 20,
    budget: 25_000_000,
    spend: 18_500_000,
    leadGoal: 30,
    description: 'Booth konsultasi KUR di pameran UMKM bulanan Pasar Minggu, dengan formulir minat lewat QR code.',
  },
  {
    key: 'instagram',
    office: 'KP-JKT',
    name: 'Instagram Kredit Kendaraan',
    channel: 'SOCIAL_MEDIA',
    product: 'KKB',
    status: 'ACTIVE',
    start: -45,
    end: 45,
    budget: 12_000_000,
    spend: 7_250_000,
    leadGoal: 40,
    description: 'Iklan Instagram dan konten simulasi cicilan mobil untuk karyawan dan pelaku usaha di Jakarta Selatan.',
  },
  {
    key: 'brosur-jkt',
    office: 'KP-JKT',
    name: 'Brosur KUR Tanah Abang',
    channel: 'BROCHURE',
    product: 'KUR-MIKRO',
    status: 'DONE',
    start: -120,
    end: -30,
    budget: 4_500_000,
    spend: 4_350_000,
    leadGoal: 20,
    description: 'Penyebaran 3.000 brosur KUR ke pedagang Pasar Tanah Abang blok A–F.',
  },
  {
    key: 'brosur-bdg',
    office: 'KC-BDG',
    name: 'Brosur KUR Pasar Baru',
    channel: 'BROCHURE',
    product: 'KUR-MIKRO',
    status: 'ACTIVE',
    start: -50,
    end: 40,
    budget: 3_000_000,
    spend: 1_800_000,
    leadGoal: 15,
    description: 'Brosur KUR untuk pedagang tekstil dan konfeksi Pasar Baru Bandung.',
  },
  {
    key: 'expo-bdg',
    office: 'KC-BDG',
    name: 'Expo UKM Gedung Sate',
    channel: 'EVENT',
    product: 'KMK-UKM',
    status: 'DONE',
    start: -95,
    end: -93,
    budget: 15_000_000,
    spend: 14_200_000,
    leadGoal: 20,
    description: 'Stan kredit modal kerja di expo UKM tiga hari di halaman Gedung Sate.',
  },
  {
    key: 'facebook-bdg',
    office: 'KC-BDG',
    name: 'Facebook Kredit Agunan Sertifikat',
    channel: 'SOCIAL_MEDIA',
    product: 'KAS',
    status: 'PLANNED',
    start: 7,
    end: 67,
    budget: 8_000_000,
    spend: 0,
    leadGoal: 25,
    description: 'Iklan Facebook untuk pemilik rumah dan ruko di Bandung Raya yang butuh dana usaha dengan agunan SHM.',
  },
];

/** A readable, fixed public-form slug (the app's own slugs carry a random tail; these need not). */
const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

interface DemoTask {
  title: string;
  status: TaskStatus;
  requester: string;
  campaign: string | null;
  due: number;
  description?: string;
  checklist?: Array<[string, boolean]>;
  comments?: Array<[string, string]>;
}

/** The head office's board, top card of each column first. */
const TASKS: DemoTask[] = [
  {
    title: 'Cetak 500 brosur KUR untuk Pasar Minggu',
    status: 'TODO',
    requester: 'officer1@prospek.test',
    campaign: 'pameran',
    due: 5,
    checklist: [
      ['Desain final disetujui', false],
      ['Kirim ke percetakan', false],
    ],
  },
  {
    title: 'Foto testimoni nasabah KKB untuk Instagram',
    status: 'TODO',
    requester: 'officer4@prospek.test',
    campaign: 'instagram',
    due: 9,
    description: 'Dua nasabah sudah bersedia difoto bersama mobilnya; jadwalkan di kantor pusat.',
  },
  { title: 'Spanduk layanan KUR di kantor kas Kebayoran', status: 'TODO', requester: 'manager@prospek.test', campaign: null, due: 14 },
  {
    title: 'Siapkan booth dan meja konsultasi pameran',
    status: 'IN_PROGRESS',
    requester: 'officer1@prospek.test',
    campaign: 'pameran',
    due: 3,
    checklist: [
      ['Sewa meja dan kursi', true],
      ['Banner roll-up', true],
      ['Formulir minat dengan QR code', false],
    ],
    comments: [
      ['officer1@prospek.test', '@putri meja konsultasi perlu dua ya, saya dan Pak Fajar jaga bergantian.'],
      ['marketing@prospek.test', 'Siap, Bu Rina. Banner sudah dicetak, QR code formulir menyusul besok pagi.'],
    ],
  },
  {
    title: 'Konten Instagram minggu ini: simulasi cicilan mobil',
    status: 'IN_PROGRESS',
    requester: 'officer4@prospek.test',
    campaign: 'instagram',
    due: 2,
    checklist: [
      ['Naskah caption', true],
      ['Desain tiga slide', false],
      ['Jadwal tayang', false],
    ],
  },
  { title: 'Daftar pengunjung pameran untuk ditindaklanjuti AO', status: 'IN_PROGRESS', requester: 'manager@prospek.test', campaign: 'pameran', due: 1 },
  {
    title: 'Brosur KUR edisi revisi suku bunga',
    status: 'REVIEW',
    requester: 'officer1@prospek.test',
    campaign: 'pameran',
    due: 0,
    checklist: [
      ['Cek suku bunga dengan tim kredit', true],
      ['Cek logo OJK dan LPS', false],
    ],
    comments: [['manager@prospek.test', 'Tulis bunga KUR 6% efektif per tahun dengan jelas di halaman depan.']],
  },
  { title: 'Laporan biaya iklan Instagram bulan lalu', status: 'REVIEW', requester: 'manager@prospek.test', campaign: 'instagram', due: -1 },
  {
    title: 'Video pendek alur pengajuan KKB',
    status: 'DONE',
    requester: 'officer4@prospek.test',
    campaign: 'instagram',
    due: -10,
    checklist: [
      ['Naskah', true],
      ['Rekam', true],
      ['Sunting', true],
    ],
  },
  { title: 'Rekap prospek dari brosur Tanah Abang', status: 'DONE', requester: 'manager@prospek.test', campaign: 'brosur-jkt', due: -18 },
  {
    title: 'Sebar brosur di Pasar Tanah Abang blok A–F',
    status: 'DONE',
    requester: 'officer1@prospek.test',
    campaign: 'brosur-jkt',
    due: -25,
    checklist: [
      ['Blok A–C', true],
      ['Blok D–F', true],
    ],
  },
];

export async function seedDemoMarketing(manager: EntityManager): Promise<void> {
  const today = businessDate();
  const offices = new Map((await manager.find(Office)).map((o) => [o.code, o]));
  const products = new Map((await manager.find(Product)).map((p) => [p.code, p]));
  const users = new Map((await manager.find(User)).map((u) => [u.email, u]));
  const marketing = users.get('marketing@prospek.test') as User;
  const head = users.get('manager@prospek.test') as User;

  const campaigns = new Map<string, Campaign>();
  for (const c of CAMPAIGNS) {
    const office = offices.get(c.office) as Office;
    const product = products.get(c.product) as Product;
    const inserted = await manager.insert(Campaign, {
      slug: slugOf(c.name),
      name: c.name,
      channel: c.channel,
      productId: product.id,
      officeId: office.id,
      startDate: addDays(today, c.start),
      endDate: addDays(today, c.end),
      budget: BigInt(c.budget) * 100n,
      spend: BigInt(c.spend) * 100n,
      leadGoal: c.leadGoal,
      status: c.status,
      description: c.description,
      formEnabled: c.status === 'ACTIVE' || c.status === 'PLANNED',
      createdById: c.office === 'KP-JKT' ? marketing.id : head.id,
    });
    campaigns.set(c.key, await manager.findOneByOrFail(Campaign, { id: Number(inserted.identifiers[0].id) }));
  }

  // Two of every three leads whose source is a running or finished campaign's channel, in its office,
  // came through it; those of the campaign's product segment are interested in that product.
  const leads = await manager.find(Lead, { select: { id: true, source: true, officeId: true, segment: true }, order: { id: 'ASC' } });
  for (const campaign of campaigns.values()) {
    if (campaign.status === 'PLANNED' || campaign.status === 'CANCELLED') continue;
    const product = [...products.values()].find((p) => p.id === campaign.productId) as Product;
    const brought = leads.filter((l) => l.officeId === campaign.officeId && l.source === campaign.channel && l.id % 3 !== 0);
    const interested = brought.filter((l) => l.segment === product.segment).map((l) => l.id);
    const others = brought.filter((l) => l.segment !== product.segment).map((l) => l.id);
    if (interested.length > 0) await manager.update(Lead, { id: In(interested) }, { campaignId: campaign.id, productId: product.id });
    if (others.length > 0) await manager.update(Lead, { id: In(others) }, { campaignId: campaign.id });
  }

  const ho = offices.get('KP-JKT') as Office;
  const now = Date.now();
  for (const status of TASK_STATUSES) {
    const column = TASKS.filter((t) => t.status === status);
    const positions = positionsAfter(null, column.length);
    for (const [i, task] of column.entries()) {
      const requester = users.get(task.requester) as User;
      const created = new Date(now - (Math.max(0, -task.due) + 4 + i) * 86_400_000);
      const inserted = await manager.insert(MarketingTask, {
        title: task.title,
        description: task.description ?? null,
        status,
        position: positions[i],
        campaignId: task.campaign ? (campaigns.get(task.campaign) as Campaign).id : null,
        leadId: null,
        requesterId: requester.id,
        assigneeId: marketing.id,
        officeId: ho.id,
        dueDate: addDays(today, task.due),
        checklistJson: JSON.stringify((task.checklist ?? []).map(([text, done]) => ({ text, done }))),
        archivedAt: null,
        createdAt: created,
      });
      const taskId = Number(inserted.identifiers[0].id);
      for (const [j, [author, body]] of (task.comments ?? []).entries()) {
        await manager.insert(TaskComment, {
          taskId,
          authorId: (users.get(author) as User).id,
          body,
          createdAt: new Date(created.getTime() + (j + 1) * 3 * 3_600_000),
        });
      }
    }
  }
}
