import { describe, expect, it } from 'vitest';
import { contactLinks, isStale, partOfDay, renderTemplate, unknownPlaceholders } from '@prospek/shared';

describe('message templates', () => {
  it('fill known placeholders with one clean line and leave unknown ones visible', () => {
    const body = 'Selamat {{waktu}} {{ nama }}, angsuran {{jumlah}} jatuh tempo {{tanggal}}. {{nma}}';
    const text = renderTemplate(body, { waktu: 'pagi', nama: 'Ibu Sari\n{{ao}}', jumlah: 'Rp 1.500.000', tanggal: '2026-12-01' });
    expect(text).toBe('Selamat pagi Ibu Sari ao, angsuran Rp 1.500.000 jatuh tempo 2026-12-01. {{nma}}');
  });

  it('name the placeholders no value fills', () => {
    expect(unknownPlaceholders('Halo {{nama}} dari {{ao}}, {{nma}} {{ Produk }}')).toEqual(['nma']);
    expect(unknownPlaceholders('{{usaha}} {{produk}} {{waktu}}')).toEqual([]);
  });

  it('greet by the time of day in Jakarta', () => {
    expect(partOfDay(new Date('2026-11-24T01:00:00Z'))).toBe('pagi'); // 08:00 WIB
    expect(partOfDay(new Date('2026-11-24T05:00:00Z'))).toBe('siang'); // 12:00
    expect(partOfDay(new Date('2026-11-24T09:30:00Z'))).toBe('sore'); // 16:30
    expect(partOfDay(new Date('2026-11-24T16:59:00Z'))).toBe('malam'); // 23:59
  });
});

describe('contact links', () => {
  it('link a mobile number to tel:, WhatsApp and SMS with the message encoded', () => {
    const links = contactLinks('+6281234567890', null, 'Halo & "apa kabar"?');
    expect(links).toEqual({
      tel: 'tel:+6281234567890',
      whatsapp: 'https://wa.me/6281234567890?text=Halo%20%26%20%22apa%20kabar%22%3F',
      sms: 'sms:+6281234567890?body=Halo%20%26%20%22apa%20kabar%22%3F',
      whatsappUnavailable: null,
    });
  });

  it('say why there is no WhatsApp link instead of making a broken one', () => {
    expect(contactLinks('+62215551234', null, 'x')).toMatchObject({ tel: 'tel:+62215551234', whatsapp: null, sms: null, whatsappUnavailable: 'NOT_MOBILE' });
    expect(contactLinks(null, null, null)).toEqual({ tel: null, whatsapp: null, sms: null, whatsappUnavailable: 'NO_NUMBER' });
    expect(contactLinks('+62215551234', '+6281311112222', null).whatsapp).toBe('https://wa.me/6281311112222');
  });
});

describe('stale leads', () => {
  const limits = { NEW: 2, SURVEY: 5 };
  const now = new Date('2026-11-24T03:00:00Z');
  it('count idle time from the later of stage entry and last activity', () => {
    expect(isStale({ stage: 'NEW', stageEnteredAt: '2026-11-21T03:00:00Z', lastActivityAt: null }, limits, now)).toBe(true);
    expect(isStale({ stage: 'NEW', stageEnteredAt: '2026-11-21T03:00:00Z', lastActivityAt: '2026-11-23T03:00:00Z' }, limits, now)).toBe(false);
    expect(isStale({ stage: 'NEW', stageEnteredAt: '2026-11-22T03:00:00Z', lastActivityAt: null }, limits, now)).toBe(false);
    expect(isStale({ stage: 'SURVEY', stageEnteredAt: '2026-11-18T03:00:00Z', lastActivityAt: null }, limits, now)).toBe(true);
  });
  it('never flag a stage without a limit', () => {
    expect(isStale({ stage: 'WON', stageEnteredAt: '2020-01-01T00:00:00Z', lastActivityAt: null }, limits, now)).toBe(false);
  });
});
