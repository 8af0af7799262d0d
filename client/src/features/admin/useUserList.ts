import { reactive, watch } from 'vue';
import type { Role } from '@prospek/shared';
import { request } from '../../api/client';
import type { UserFieldsFragment } from '../../api/generated/graphql';
import { usePagedList } from '../../ui/usePagedList';
import { UsersQuery } from './admin.operations';

export type UserRow = UserFieldsFragment;

/** The users page's list: its filter (role, office, active, search) and the rows the server returns, a page at a time. */
export function useUserList() {
  const filter = reactive({ search: '', role: '' as Role | '', officeId: '', status: 'active' as 'active' | 'inactive' | 'all' });
  const list = usePagedList(async (first, after) => {
    const active = filter.status === 'all' ? null : filter.status === 'active';
    const filterInput = { active, role: filter.role || null, officeId: filter.officeId || null, search: filter.search.trim() || null };
    return (await request(UsersQuery, { filter: filterInput, first, after })).users;
  });
  const users = list.items;
  const load = () => list.reload();

  /** Puts a saved user in place (or drops it when it no longer matches the status filter). */
  function replace(user: UserRow) {
    const index = users.value.findIndex((u) => u.id === user.id);
    const fits = filter.status === 'all' || user.active === (filter.status === 'active');
    if (index >= 0 && fits) users.value.splice(index, 1, user);
    else if (index >= 0) {
      users.value.splice(index, 1);
      list.totalCount.value -= 1;
    } else void load();
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

  return {
    filter,
    users,
    loading: list.loading,
    load,
    replace,
    totalCount: list.totalCount,
    hasMore: list.hasMore,
    paged: list.paged,
    loadMore: list.loadMore,
  };
}
