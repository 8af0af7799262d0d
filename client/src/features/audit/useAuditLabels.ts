import { reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import { request } from '../../api/client';
import { requestAll } from '../../api/paging';
import { useSession } from '../../api/session';
import { rupiah, dateTime } from '../../ui/format';
import { OfficesQuery, UsersQuery } from '../admin/admin.operations';

const USER_FIELDS = new Set(['ownerId', 'fromOwnerId', 'toOwnerId', 'officerId', 'assigneeId', 'actorId']);
const OFFICE_FIELDS = new Set(['officeId', 'parentId']);
const MONEY_FIELDS = new Set(['estimatedAmount', 'budget', 'spend']);
const ENUM_FIELDS: Record<string, string> = { stage: 'stages', source: 'sources', segment: 'segments', role: 'roles' };

const names = reactive({ users: new Map<string, string>(), offices: new Map<string, string>(), loadedFor: null as string | null });

/** Reads once the names the viewer may see, so that an audit entry says "Rina Kusuma", not "3". */
async function loadNames(): Promise<void> {
  const token = useSession().state.token;
  if (names.loadedFor === token) return;
  names.loadedFor = token;
  names.users.clear();
  names.offices.clear();
  const [users, offices] = await Promise.all([
    requestAll(async (first, after) => (await request(UsersQuery, { filter: { active: null }, first, after })).users),
    requestAll(async (first, after) => (await request(OfficesQuery, { first, after })).offices),
  ]).catch(() => [[], []]);
  for (const u of users) names.users.set(u.id, u.name);
  for (const o of offices) names.offices.set(o.id, o.name);
}

/** Turns audit changes (field, JSON before, JSON after) into words in the interface's language. */
export function useAuditLabels() {
  const { t, te, locale } = useI18n();
  void loadNames();

  function field(name: string): string {
    for (const key of [`audit.fields.${name}`, `lead.${name}`]) if (te(key)) return t(key);
    return name;
  }

  function value(name: string, json: string | null): string {
    if (json === null) return '—';
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return json;
    }
    if (parsed === null || parsed === '') return '—';
    const text = String(parsed);
    if (USER_FIELDS.has(name)) return names.users.get(text) ?? `#${text}`;
    if (OFFICE_FIELDS.has(name)) return names.offices.get(text) ?? `#${text}`;
    if (MONEY_FIELDS.has(name) && /^-?\d+(\.\d+)?$/.test(text)) return rupiah(text);
    const group = ENUM_FIELDS[name];
    if (group && te(`${group}.${text}`)) return t(`${group}.${text}`);
    if (typeof parsed === 'boolean') return parsed ? t('audit.yes') : t('audit.no');
    if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return dateTime(text, locale.value);
    return typeof parsed === 'object' ? JSON.stringify(parsed) : text;
  }

  const action = (name: string) => (te(`audit.actions.${name}`) ? t(`audit.actions.${name}`) : name);

  return { field, value, action };
}
