/** The demo catalog: realistic products of an Indonesian bank or BPR. */
import type { InterestMethod, Segment, VatTreatment } from '@prospek/shared';
import type { ProductKind } from '../modules/product/product.entity.js';

interface DemoProduct {
  code: string;
  name: string;
  kind: ProductKind;
  segment: Segment | null;
  interestMethod: InterestMethod | null;
  rates: [number, number];
  tenors: [number, number];
  amounts: [number, number];
  fee: number;
  vat: VatTreatment;
  description: string;
  requirements: Array<[string, string]>;
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    code: 'KUR-MIKRO',
    name: 'KUR Mikro',
    kind: 'LOAN',
    segment: 'MICRO',
    interestMethod: 'ANNUITY',
    rates: [6, 6],
    tenors: [6, 60],
    amounts: [10_000_000, 100_000_000],
    fee: 0,
    vat: 'EXEMPT',
    description:
      'Kredit Usaha Rakyat untuk usaha mikro yang sudah berjalan minimal 6 bulan. Bunga 6% per tahun disubsidi pemerintah, angsuran tetap setiap bulan, tanpa biaya administrasi dan tanpa agunan tambahan untuk plafon sampai Rp 100 juta.',
    requirements: [
      ['KTP', 'KTP pemohon dan pasangan'],
      ['KK', 'Kartu Keluarga'],
      ['NIB', 'NIB atau surat keterangan usaha dari kelurahan'],
      ['FOTO_USAHA', 'Foto tempat usaha'],
    ],
  },
  {
    code: 'KMK-UKM',
    name: 'Kredit Modal Kerja UKM',
    kind: 'LOAN',
    segment: 'SME',
    interestMethod: 'EFFECTIVE',
    rates: [9, 12],
    tenors: [12, 36],
    amounts: [100_000_000, 2_500_000_000],
    fee: 2_500_000,
    vat: 'EXEMPT',
    description:
      'Pinjaman modal kerja untuk usaha kecil dan menengah: membeli stok, membayar pemasok, atau membiayai proyek. Bunga efektif dihitung dari sisa pokok, sehingga angsuran menurun setiap bulan. Plafon mengikuti perputaran usaha dan nilai agunan.',
    requirements: [
      ['KTP', 'KTP pemilik/pengurus'],
      ['KK', 'Kartu Keluarga'],
      ['NPWP', 'NPWP usaha atau pribadi'],
      ['NIB', 'NIB / izin usaha'],
      ['REKENING_KORAN', 'Rekening koran 6 bulan terakhir'],
      ['LAPORAN_KEUANGAN', 'Laporan keuangan atau catatan penjualan 1 tahun'],
      ['AGUNAN', 'Dokumen agunan (SHM/SHGB atau BPKB)'],
    ],
  },
  {
    code: 'KKB',
    name: 'Kredit Kendaraan Bermotor',
    kind: 'LOAN',
    segment: 'CREDIT',
    interestMethod: 'FLAT',
    rates: [5.5, 9],
    tenors: [12, 60],
    amounts: [20_000_000, 600_000_000],
    fee: 750_000,
    vat: 'EXEMPT',
    description:
      'Pembiayaan mobil atau motor baru maupun bekas untuk karyawan dan wiraswasta. Bunga flat dihitung dari pokok awal sehingga angsuran sama setiap bulan. BPKB kendaraan menjadi jaminan sampai kredit lunas.',
    requirements: [
      ['KTP', 'KTP pemohon dan pasangan'],
      ['KK', 'Kartu Keluarga'],
      ['SLIP_GAJI', 'Slip gaji 3 bulan terakhir atau bukti penghasilan'],
      ['REKENING_KORAN', 'Rekening koran 3 bulan terakhir'],
      ['NPWP', 'NPWP (untuk plafon di atas Rp 50 juta)'],
    ],
  },
  {
    code: 'KAS',
    name: 'Kredit Agunan Sertifikat',
    kind: 'LOAN',
    segment: 'SECURED_LOAN',
    interestMethod: 'ANNUITY',
    rates: [10.5, 13],
    tenors: [12, 120],
    amounts: [100_000_000, 2_000_000_000],
    fee: 1_500_000,
    vat: 'EXEMPT',
    description:
      'Pinjaman serbaguna dengan jaminan sertifikat tanah atau bangunan, untuk renovasi, pendidikan, atau pengembangan usaha. Angsuran tetap (anuitas) dengan jangka waktu sampai 10 tahun.',
    requirements: [
      ['KTP', 'KTP pemohon dan pasangan'],
      ['KK', 'Kartu Keluarga'],
      ['NPWP', 'NPWP'],
      ['SERTIFIKAT', 'Sertifikat SHM/SHGB asli'],
      ['PBB', 'PBB tahun terakhir'],
      ['IMB', 'IMB/PBG bangunan'],
    ],
  },
  {
    code: 'DEPO',
    name: 'Deposito Berjangka',
    kind: 'DEPOSIT',
    segment: 'FINANCIAL_SERVICES',
    interestMethod: null,
    rates: [3.5, 5.25],
    tenors: [1, 12],
    amounts: [5_000_000, 10_000_000_000],
    fee: 0,
    vat: 'EXEMPT',
    description:
      'Simpanan berjangka 1, 3, 6 atau 12 bulan dengan bunga tetap selama jangka waktu, dijamin LPS sesuai ketentuan. Bunga dibayar saat jatuh tempo setelah dipotong pajak 20%, dan dapat diperpanjang otomatis.',
    requirements: [
      ['KTP', 'KTP'],
      ['NPWP', 'NPWP (untuk penempatan di atas Rp 7,5 juta)'],
    ],
  },
  {
    code: 'PAYROLL',
    name: 'Layanan Payroll Perusahaan',
    kind: 'SERVICE',
    segment: 'FINANCIAL_SERVICES',
    interestMethod: null,
    rates: [0, 0],
    tenors: [1, 1],
    amounts: [0, 0],
    fee: 2_500_000,
    vat: 'PPN',
    description:
      'Pembayaran gaji karyawan langsung ke rekening masing-masing setiap bulan, dengan laporan untuk bagian keuangan dan rekening gratis biaya bulanan untuk karyawan. Biaya layanan per bulan dikenakan PPN.',
    requirements: [
      ['AKTA', 'Akta pendirian dan perubahan terakhir'],
      ['NIB', 'NIB perusahaan'],
      ['NPWP', 'NPWP perusahaan'],
      ['DAFTAR_KARYAWAN', 'Daftar karyawan dan nomor rekening'],
    ],
  },
];
