/** Word lists for realistic Indonesian demo prospects. */
export const FIRST_NAMES = [
  'Budi', 'Siti', 'Agus', 'Dewi', 'Rina', 'Joko', 'Wahyu', 'Putri', 'Andi', 'Sri', 'Eko', 'Indah', 'Fajar',
  'Lestari', 'Hendra', 'Yuni', 'Rudi', 'Ayu', 'Bambang', 'Nur', 'Dian', 'Teguh', 'Wulan', 'Irfan', 'Ratna',
  'Yusuf', 'Mega', 'Arif', 'Fitri', 'Dodi', 'Kartika', 'Slamet', 'Nanda', 'Rizki', 'Maya', 'Taufik',
];

export const LAST_NAMES = [
  'Santoso', 'Wijaya', 'Saputra', 'Pratama', 'Hidayat', 'Kusuma', 'Nugroho', 'Siregar', 'Nasution', 'Harahap',
  'Simanjuntak', 'Gunawan', 'Setiawan', 'Purnomo', 'Hakim', 'Rahman', 'Susanto', 'Tanjung', 'Wibowo',
  'Permana', 'Halim', 'Sitompul', 'Lubis', 'Suryadi', 'Hartono', 'Utami', 'Maharani', 'Sembiring',
];

export const COMPANY_PREFIXES = ['UD', 'CV', 'Toko', 'PT', 'Warung', 'Bengkel', 'Koperasi', 'Katering'];

export const COMPANY_WORDS = [
  'Sumber Rejeki', 'Maju Jaya', 'Berkah Abadi', 'Karya Mandiri', 'Sinar Terang', 'Makmur Sentosa',
  'Sejahtera Bersama', 'Rezeki Barokah', 'Cahaya Utama', 'Tunas Harapan', 'Mitra Tani', 'Bintang Timur',
  'Sari Rasa', 'Anugerah Niaga', 'Putra Pratama', 'Lancar Jaya', 'Harapan Baru', 'Duta Usaha',
];

export const REFERRERS = ['Pak Haji Rohman', 'Bu Endang (nasabah)', 'Ketua RT 05', 'Pak Lurah Sukamaju', 'Bu Ani (arisan)'];

export const LOST_REASONS = [
  'Memilih bank lain dengan bunga lebih rendah',
  'Dokumen agunan tidak lengkap',
  'Usaha belum berjalan 2 tahun',
  'Kemampuan bayar tidak memenuhi (DSR terlalu tinggi)',
  'Calon debitur membatalkan rencana',
];

export const MOBILE_PREFIXES = ['0812', '0813', '0821', '0822', '0852', '0853', '0857', '0858', '0877', '0878', '0896', '0881'];
