import { createRouter, createWebHistory } from 'vue-router';
import type { RouteLocationNormalized } from 'vue-router';
import type { Role } from '@prospek/shared';
import { whenSessionEnds } from './api/client';
import { useSession } from './api/session';
import LoginPage from './features/auth/LoginPage.vue';
import LeadBoardPage from './features/leads/LeadBoardPage.vue';
import LeadDetailPage from './features/leads/LeadDetailPage.vue';
import { closeRealtime } from './realtime/socket';
import { resetNotifications } from './features/notifications/useNotifications';

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    roles?: Role[];
  }
}

const officeRoles: Role[] = ['OFFICER', 'MANAGER', 'ADMIN'];

const WorkReportListPage = () => import('./features/work-reports/WorkReportListPage.vue');

/** An officer has one work report to write, their own: the list opens it. */
const ownReport = (to: RouteLocationNormalized) => {
  const user = useSession().state.user;
  return user?.role === 'OFFICER' ? { path: `/work-reports/${user.id}`, query: to.query } : true;
};

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/board' },
    { path: '/login', name: 'login', component: LoginPage, meta: { public: true } },
    { path: '/board', name: 'board', component: LeadBoardPage },
    { path: '/leads/:id', name: 'lead', component: LeadDetailPage },
    { path: '/agenda', name: 'agenda', component: () => import('./features/follow-ups/AgendaPage.vue'), meta: { roles: officeRoles } },
    { path: '/collection', name: 'collection', component: () => import('./features/collection/CollectionSheetPage.vue'), meta: { roles: officeRoles } },
    { path: '/clients', name: 'clients', component: () => import('./features/clients/ClientListPage.vue'), meta: { roles: officeRoles } },
    { path: '/clients/:id', name: 'client', component: () => import('./features/clients/ClientDetailPage.vue'), meta: { roles: officeRoles } },
    { path: '/loans', name: 'loans', component: () => import('./features/loans/LoanListPage.vue'), meta: { roles: officeRoles } },
    { path: '/collection-board', name: 'collection-board', component: () => import('./features/loans/CollectionBoardPage.vue'), meta: { roles: officeRoles } },
    { path: '/invoices', name: 'invoices', component: () => import('./features/invoices/InvoiceListPage.vue') },
    { path: '/invoices/new', name: 'invoice-new', component: () => import('./features/invoices/InvoiceEditorPage.vue') },
    { path: '/invoices/aging', name: 'invoice-aging', component: () => import('./features/invoices/InvoiceAgingPage.vue') },
    { path: '/invoices/tax', name: 'invoice-tax', component: () => import('./features/invoices/InvoiceTaxPage.vue'), meta: { roles: ['MANAGER', 'ADMIN'] } },
    { path: '/invoices/:id(\\d+)', name: 'invoice', component: () => import('./features/invoices/InvoiceDetailPage.vue') },
    { path: '/loans/:id', name: 'loan', component: () => import('./features/loans/LoanDetailPage.vue'), meta: { roles: officeRoles } },
    { path: '/reports', name: 'reports', component: () => import('./features/reports/ReportsPage.vue'), meta: { roles: officeRoles } },
    { path: '/work-reports', name: 'work-reports', component: WorkReportListPage, meta: { roles: officeRoles }, beforeEnter: ownReport },
    { path: '/work-reports/:id', name: 'work-report', component: () => import('./features/work-reports/WorkReportPage.vue'), meta: { roles: officeRoles } },
    { path: '/complaints', name: 'complaints', component: () => import('./features/complaints/ComplaintBoardPage.vue'), meta: { roles: officeRoles } },
    {
      path: '/complaints/report',
      name: 'complaint-report',
      component: () => import('./features/complaints/ComplaintReportPage.vue'),
      meta: { roles: officeRoles },
    },
    { path: '/complaints/:id', name: 'complaint', component: () => import('./features/complaints/ComplaintDetailPage.vue'), meta: { roles: officeRoles } },
    {
      path: '/reconciliation',
      name: 'reconciliation',
      component: () => import('./features/reconciliation/ReconciliationPage.vue'),
      meta: { roles: officeRoles },
    },
    {
      path: '/reconciliation/statements',
      name: 'bank-statements',
      component: () => import('./features/reconciliation/StatementListPage.vue'),
      meta: { roles: ['MANAGER', 'ADMIN'] },
    },
    {
      path: '/reconciliation/statements/:id',
      name: 'bank-statement',
      component: () => import('./features/reconciliation/StatementDetailPage.vue'),
      meta: { roles: ['MANAGER', 'ADMIN'] },
    },
    {
      path: '/complaint-settings',
      name: 'complaint-settings',
      component: () => import('./features/complaints/ComplaintSettingsPage.vue'),
      meta: { roles: ['MANAGER', 'ADMIN'] },
    },
    { path: '/work-calendar', name: 'work-calendar', component: () => import('./features/complaints/WorkCalendarPage.vue'), meta: { roles: officeRoles } },
    { path: '/products', name: 'products', component: () => import('./features/products/ProductListPage.vue') },
    { path: '/simulator', name: 'simulator', component: () => import('./features/simulator/SimulatorPage.vue') },
    { path: '/campaigns', name: 'campaigns', component: () => import('./features/campaigns/CampaignListPage.vue') },
    { path: '/campaigns/:id', name: 'campaign', component: () => import('./features/campaigns/CampaignDetailPage.vue') },
    { path: '/tasks', name: 'tasks', component: () => import('./features/tasks/TaskBoardPage.vue') },
    { path: '/tasks/:id', redirect: '/tasks' },
    { path: '/users', name: 'users', component: () => import('./features/admin/UserListPage.vue'), meta: { roles: ['MANAGER', 'ADMIN'] } },
    { path: '/offices', name: 'offices', component: () => import('./features/admin/OfficeListPage.vue'), meta: { roles: ['ADMIN'] } },
    { path: '/jobs', name: 'jobs', component: () => import('./features/jobs/JobsPage.vue'), meta: { roles: ['ADMIN'] } },
    { path: '/audit', name: 'audit', component: () => import('./features/audit/AuditPage.vue'), meta: { roles: ['MANAGER', 'ADMIN'] } },
    { path: '/loan-settings', name: 'loan-settings', component: () => import('./features/loan-admin/LoanAdminPage.vue'), meta: { roles: ['ADMIN'] } },
    { path: '/account-mapping', name: 'account-mapping', component: () => import('./features/money/AccountMappingPage.vue'), meta: { roles: ['ADMIN'] } },
    { path: '/settings', name: 'settings', component: () => import('./features/settings/SettingsPage.vue'), meta: { roles: ['MANAGER', 'ADMIN'] } },
    { path: '/password', name: 'password', component: () => import('./features/auth/ChangePasswordPage.vue') },
    { path: '/notifications', name: 'notifications', component: () => import('./features/notifications/NotificationsPage.vue') },
    { path: '/:pathMatch(.*)*', redirect: '/board' },
  ],
});

router.beforeEach((to) => {
  const session = useSession();
  if (!to.meta.public && !session.isSignedIn.value) return { name: 'login', query: { redirect: to.fullPath } };
  if (to.name === 'login' && session.isSignedIn.value) return { name: 'board' };
  // A password an admin reset is temporary: the user chooses their own before going anywhere else.
  if (session.state.user?.mustChangePassword && to.name !== 'password' && !to.meta.public) return { name: 'password', query: { redirect: to.fullPath } };
  const role = session.state.user?.role;
  if (to.meta.roles && role && !to.meta.roles.includes(role)) return { name: 'board' };
  return true;
});

whenSessionEnds(() => {
  closeRealtime();
  resetNotifications();
  void router.push({ name: 'login', query: { redirect: router.currentRoute.value.fullPath } });
});
