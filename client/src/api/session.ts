import { computed, reactive } from 'vue';
import type { Role, Segment } from '@prospek/shared';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  segment: Segment | null;
  /** `timeZone`: Asia/Jakarta, Asia/Makassar or Asia/Jayapura (missing in sessions kept from before zones). */
  office: { id: string; name: string; timeZone?: string };
  /** Set after an admin reset the password: the user picks a new one before going on. */
  mustChangePassword?: boolean;
}

interface SessionState {
  token: string | null;
  user: SessionUser | null;
  /** Why the last session ended (shown on the login page). */
  endedBecause: 'expired' | 'signedOut' | null;
}

const STORAGE_KEY = 'prospek.session';

function restore(): SessionState {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { token: string; user: SessionUser } | null;
    if (saved?.token && saved.user) return { token: saved.token, user: saved.user, endedBecause: null };
  } catch {
    // a damaged entry is the same as none
  }
  return { token: null, user: null, endedBecause: null };
}

const state = reactive<SessionState>(restore());

/** The signed-in user and their token, kept across reloads in localStorage. */
export function useSession() {
  return {
    state,
    isSignedIn: computed(() => state.token !== null),
    signIn(token: string, user: SessionUser) {
      state.token = token;
      state.user = user;
      state.endedBecause = null;
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ token, user }));
    },
    /** Keeps what changed about the signed-in user (e.g. a new password chosen). */
    updateUser(changes: Partial<SessionUser>) {
      if (!state.user || !state.token) return;
      state.user = { ...state.user, ...changes };
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ token: state.token, user: state.user }));
    },
    signOut(reason: SessionState['endedBecause'] = 'signedOut') {
      state.token = null;
      state.user = null;
      state.endedBecause = reason;
      localStorage.removeItem(STORAGE_KEY);
    },
  };
}
