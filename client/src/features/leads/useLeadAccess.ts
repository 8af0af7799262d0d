import { computed } from 'vue';
import { useSession } from '../../api/session';

interface LeadReach {
  ownerId?: string | null;
  officeId?: string;
}

/**
 * What the signed-in user may do with a lead they can see, mirroring the server's rules so that the
 * interface offers only what will be accepted: officers change their own leads and claim their
 * office's pool; managers and admins change what they see, assign and reassign; marketing reads.
 */
export function useLeadAccess() {
  const session = useSession();
  const role = computed(() => session.state.user?.role ?? null);
  const manages = computed(() => role.value === 'MANAGER' || role.value === 'ADMIN');

  function canChange(lead: LeadReach): boolean {
    if (manages.value) return true;
    return role.value === 'OFFICER' && !!lead.ownerId && lead.ownerId === session.state.user?.id;
  }

  function canClaim(lead: LeadReach): boolean {
    if (role.value !== 'OFFICER' || lead.ownerId) return false;
    return lead.officeId === undefined || lead.officeId === session.state.user?.office.id;
  }

  return {
    role,
    manages,
    canChange,
    canClaim,
    canAssign: (lead: LeadReach) => manages.value && !lead.ownerId,
    canReassign: (lead: LeadReach) => manages.value && !!lead.ownerId,
  };
}
