/**
 * The public capture form of a campaign, /f/<slug>: a small page without login where a prospect leaves
 * a name, a phone, a product of interest and consent. The lead waits in the campaign office's pool.
 * Guarded: a rate limit per address, a honeypot, size limits, and everything typed kept as text and
 * shown escaped.
 */
import express from 'express';
import type { Request, Response, Router } from 'express';
import { MoreThanOrEqual } from 'typeorm';
import type { DataSource } from 'typeorm';
import QRCode from 'qrcode';
import { normalizeIndonesianPhone } from '@prospek/shared';
import type { LeadSource } from '@prospek/shared';
import type { Config } from '../../config.js';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { Activity } from '../follow-up/activity.entity.js';
import { Lead } from '../lead/lead.entity.js';
import type { LeadService } from '../lead/lead.service.js';
import { Product } from '../product/product.entity.js';
import { Campaign, FormSubmission } from './campaign.entity.js';

export const FORM_RATE_LIMIT = 5;
export const FORM_RATE_WINDOW_MINUTES = 10;
const MAX_NAME = 120;
// eslint-disable-next-line no-control-regex -- control characters are exactly what a name must not hold
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

interface FormState {
  name?: string;
  phone?: string;
  productId?: string;
  errors?: Record<string, string>;
}

/** A page of the form, headed by the institution's name so that the public knows who asks. */
function page(org: string, title: string, body: string, status = 200) {
  return {
    status,
    html: `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(org)}</title><style>
body{font-family:system-ui,'Segoe UI',Roboto,sans-serif;background:#eef4f2;margin:0;padding:24px;color:#1c2524}
main{max-width:440px;margin:0 auto;background:#fff;border-radius:14px;padding:24px;box-shadow:0 2px 8px #0001}
h1{font-size:20px;margin:0 0 8px}label{display:block;margin:14px 0 4px;font-weight:600;font-size:14px}
input,select{width:100%;box-sizing:border-box;padding:10px;border:1px solid #cfd8d6;border-radius:8px;font:inherit}
.consent{display:flex;gap:8px;align-items:flex-start;font-weight:400}.consent input{width:auto;margin-top:3px}
button{margin-top:18px;width:100%;padding:12px;border:0;border-radius:8px;background:#0f766e;color:#fff;font:inherit;font-weight:700}
.error{color:#b42318;font-size:13px}.hp{position:absolute;left:-10000px}p.muted{color:#5f6b69}
.org{margin:0 0 12px;font-size:13px;font-weight:700;letter-spacing:.02em;color:#0f766e;text-transform:uppercase}
</style></head><body><main><p class="org" data-organization>${escapeHtml(org)}</p>${body}</main></body></html>`,
  };
}

function formPage(org: string, campaign: Campaign, products: Product[], state: FormState = {}) {
  const errors = state.errors ?? {};
  const error = (field: string) => (errors[field] ? `<div class="error" data-error-for="${field}">${escapeHtml(errors[field])}</div>` : '');
  const options = products
    .map(
      (p) =>
        `<option value="${p.id}"${String(p.id) === (state.productId ?? String(campaign.productId ?? '')) ? ' selected' : ''}>${escapeHtml(p.name)}</option>`,
    )
    .join('');
  return page(
    org,
    campaign.name,
    `<h1>${escapeHtml(campaign.name)}</h1>
<p class="muted">${escapeHtml(campaign.description ?? 'Tinggalkan nama dan nomor Anda, petugas kami akan menghubungi Anda.')}</p>
<form method="post" action="/f/${escapeHtml(campaign.slug)}" accept-charset="utf-8">
<label for="name">Nama lengkap</label><input id="name" name="name" maxlength="${MAX_NAME}" required value="${escapeHtml(state.name ?? '')}">${error('name')}
<label for="phone">Nomor HP / WhatsApp</label><input id="phone" name="phone" inputmode="tel" maxlength="20" required placeholder="08…" value="${escapeHtml(state.phone ?? '')}">${error('phone')}
<label for="productId">Produk yang diminati</label><select id="productId" name="productId"><option value="">Belum tahu</option>${options}</select>
<div class="hp" aria-hidden="true"><label for="website">Situs web</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
<label class="consent"><input type="checkbox" name="consent" value="yes"> Saya setuju dihubungi dan data saya diproses oleh ${escapeHtml(org)} untuk penawaran produk ini.</label>${error('consent')}
<button type="submit">Kirim</button>
</form>`,
    Object.keys(errors).length > 0 ? 422 : 200,
  );
}

const thanks = (org: string) =>
  page(
    org,
    'Terima kasih',
    `<h1>Terima kasih!</h1><p data-submitted="yes">Data Anda sudah kami terima. Petugas ${escapeHtml(org)} akan segera menghubungi Anda.</p>`,
  );

const CHANNEL_SOURCE: Record<Campaign['channel'], LeadSource> = {
  BROCHURE: 'BROCHURE',
  SOCIAL_MEDIA: 'SOCIAL_MEDIA',
  REFERRAL: 'REFERRAL',
  EVENT: 'EVENT',
  WEBSITE: 'WEBSITE',
  OTHER: 'OTHER',
};

/**
 * A repeat submission for a phone that already has an open lead: a note on that lead's timeline saying
 * which campaign's form it came through, under which name and for which product (stored in Indonesian,
 * like the other system notes). The lead itself is left as its officer keeps it.
 */
async function attachRepeat(tx: Tx, leadId: number, campaign: Campaign, name: string, product: Product | null, now: Date): Promise<void> {
  const lead = await tx.manager.findOneByOrFail(Lead, { id: leadId });
  const notes = [`Mengisi lagi formulir kampanye ${campaign.name}`, `nama: ${name}`, product ? `produk: ${product.name}` : null, 'persetujuan dihubungi: ya']
    .filter(Boolean)
    .join('; ');
  const inserted = await tx.manager.insert(Activity, {
    type: 'NOTE',
    leadId,
    clientId: null,
    ownerId: lead.ownerId ?? campaign.createdById,
    createdById: campaign.createdById,
    dueAt: null,
    doneAt: now,
    notes,
  });
  await tx.audit({
    entityType: 'Lead',
    entityId: leadId,
    action: 'capture',
    actorId: null,
    after: { activity: Number(inserted.identifiers[0].id), campaignId: campaign.id, repeat: true },
  });
}

export interface PublicFormDeps {
  config: Pick<Config, 'organizationName' | 'publicUrl'>;
  dataSource: DataSource;
  transactions: TransactionRunner;
  leads: LeadService;
  clock: () => Date;
}

export function publicFormRouter(services: PublicFormDeps): Router {
  const router = express.Router();
  const campaigns = services.dataSource.getRepository(Campaign);
  const open = async (slug: string) => {
    const campaign = await campaigns.findOneBy({ slug });
    return campaign && campaign.formEnabled && (campaign.status === 'ACTIVE' || campaign.status === 'PLANNED') ? campaign : null;
  };
  const offered = () => services.dataSource.getRepository(Product).find({ where: { active: true }, order: { name: 'ASC' } });
  const send = (res: Response, result: { status: number; html: string }) => {
    res.status(result.status).setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    res.type('html').send(result.html);
  };
  const org = services.config.organizationName;
  const closed = page(org, 'Formulir ditutup', '<h1>Formulir ini sudah ditutup</h1><p>Terima kasih atas minat Anda.</p>', 404);

  router.get('/:slug', async (req: Request, res: Response) => {
    const campaign = await open(String(req.params.slug));
    if (!campaign) return send(res, closed);
    send(res, formPage(org, campaign, await offered()));
  });

  router.get('/:slug/qr.svg', async (req: Request, res: Response) => {
    const campaign = await campaigns.findOneBy({ slug: String(req.params.slug) });
    if (!campaign) return void res.status(404).end();
    const base = services.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    res.type('image/svg+xml').send(await QRCode.toString(`${base}/f/${campaign.slug}`, { type: 'svg', margin: 1 }));
  });

  router.post('/:slug', express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 10 }), async (req: Request, res: Response) => {
    const campaign = await open(String(req.params.slug));
    if (!campaign) return send(res, closed);
    const ip = (req.ip ?? 'unknown').slice(0, 64);
    const now = services.clock();
    const repo = services.dataSource.getRepository(FormSubmission);
    const recent = await repo.countBy({ ip, submittedAt: MoreThanOrEqual(new Date(now.getTime() - FORM_RATE_WINDOW_MINUTES * 60_000)) });
    if (recent >= FORM_RATE_LIMIT) {
      return send(res, page(org, 'Terlalu sering', '<h1>Terlalu banyak kiriman</h1><p>Silakan coba lagi beberapa menit lagi.</p>', 429));
    }
    await repo.insert({ ip, campaignId: campaign.id, submittedAt: now });
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : '');
    // A bot fills the hidden field: it is thanked and nothing is written.
    if (text('website').trim() !== '') return send(res, thanks(org));
    const name = text('name').replace(CONTROL_CHARACTERS, ' ').trim();
    const phone = normalizeIndonesianPhone(text('phone').slice(0, 30));
    const errors: Record<string, string> = {};
    if (!name) errors.name = 'Nama wajib diisi';
    else if (name.length > MAX_NAME) errors.name = `Nama paling banyak ${MAX_NAME} karakter`;
    if (!phone) errors.phone = 'Nomor HP Indonesia tidak valid (08…, +62… atau 62…)';
    if (text('consent') !== 'yes') errors.consent = 'Centang persetujuan untuk melanjutkan';
    const products = await offered();
    const chosen = products.find((p) => String(p.id) === text('productId'));
    if (Object.keys(errors).length > 0) {
      return send(
        res,
        formPage(org, campaign, products, { name: name.slice(0, MAX_NAME), phone: text('phone').slice(0, 20), productId: text('productId'), errors }),
      );
    }
    await services.transactions.run(async (tx) => {
      // Someone who sends the form again is one prospect: the open lead hears of it, no twin is made.
      const open = await services.leads.openLeadWithPhone(tx.manager, phone as string);
      if (open) return attachRepeat(tx, open.id, campaign, name, chosen ?? null, now);
      await services.leads.insertPoolLead(
        tx,
        {
          fullName: name,
          phone,
          source: CHANNEL_SOURCE[campaign.channel],
          officeId: campaign.officeId,
          campaignId: campaign.id,
          productId: chosen?.id ?? campaign.productId,
          notes: 'Dari formulir kampanye (persetujuan dihubungi: ya)',
        },
        campaign.createdById,
      );
    });
    send(res, thanks(org));
  });

  return router;
}
