import { reactive, ref, watch } from 'vue';
import type { Role } from '@prospek/shared';
import { request } from '../../api/client';
import type { UserFieldsFragment } from '../../api/generated/graphql';
import { UsersQuery } from './admin.operations';

export type UserRow = UserFieldsFragment;

/** The users page's list: its filter (role, office, active, search) and the rows the server returns. */
export function useUserList() {
  const filter = reactive({ search: '', role: '' as Role | '', officeId: '', status: 'active' as 'active' | 'inactive' | 'all' });
  const users = ref<UserRow[]>([]);
  const loading = ref(false);
  let sequence = 0;

  async function load() {
    const current = ++sequence;
    loading.value = true;
    try {
      const active = filter.status === 'all' ? null : filter.status === 'active';
      const data = await request(UsersQuery, {
        filter: { active, role: filter.role || null, officeId: filter.officeId || null, search: filter.search.trim() || null },
      });
      if (current === sequence) users.value = data.users;
    } finally {
      if (current === sequence) loading.value = false;
    }
  }

  /** Puts a saved user in place (or drops it when it no longer matches the status filter). */
  function replace(user: UserRow) {
    const index = users.value.findIndex((u) => u.id === user.id);
    const fits = filter.status === 'all' || user.active === (filter.status === 'active');
    if (index >= 0 && fits) users.value.splice(index, 1, user);
    else if (index >= 0) users.value.splice(index, 1);
    else void load();
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    () => filter.search,
    () => {
      clearTimeout(timer);
      timer = setTimeout(load, 300);
    },
  );
  watch(() => [filter.role, filter.officeId, filter.status], load);
  void load();

  return { filter, users, loading, load, replace };
}
