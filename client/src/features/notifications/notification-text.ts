import { formatRupiah, parseMoney } from '@prospek/shared';
import type { ActivityType, NotificationData, NotificationParamsByType } from '@prospek/shared';
import { date } from '../../ui/format';
import { i18n } from '../../i18n';

type Worded = Pick<NotificationData, 'type' | 'title' | 'params'>;

function paramsOf(n: Worded): Record<string, unknown> | null {
  if (!n.params) return null;
  try {
    const params: unknown = JSON.parse(n.params);
    return params && typeof params === 'object' ? (params as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * A notification's title in the interface's language, worded from its type and params. Notifications
 * stored before they had params (or of a type this build does not know) show the title they were stored with.
 */
export function notificationTitle(n: Worded): string {
  const { t } = i18n.global;
  const p = paramsOf(n);
  if (!p) return n.title;
  switch (n.type) {
    case 'LEAD_ASSIGNED': {
      const params = p as NotificationParamsByType['LEAD_ASSIGNED'];
      if ('leads' in params) return t('notifications.text.portfolio', { leads: params.leads, clients: params.clients });
      return t('notifications.text.leadAssigned', { lead: params.lead });
    }
    case 'FOLLOW_UP_DUE': {
      const params = p as NotificationParamsByType['FOLLOW_UP_DUE'];
      const activity = t(`activityTypes.${params.activityType satisfies ActivityType}`);
      return params.name ? t('notifications.text.followUpDue', { activity, name: params.name }) : activity;
    }
    case 'LEAD_STALE': {
      const params = p as NotificationParamsByType['LEAD_STALE'];
      return params.count === 1 && params.lead
        ? t('notifications.text.staleOne', { lead: params.lead })
        : t('notifications.text.staleMany', { n: params.count });
    }
    case 'TASK_ASSIGNED':
      return t('notifications.text.taskAssigned', { task: (p as NotificationParamsByType['TASK_ASSIGNED']).task });
    case 'MENTION': {
      const params = p as NotificationParamsByType['MENTION'];
      return t('notifications.text.mention', { actor: params.actor, task: params.task });
    }
    case 'PROMISE_BROKEN': {
      const params = p as NotificationParamsByType['PROMISE_BROKEN'];
      return t('notifications.text.promiseBroken', {
        client: params.client,
        amount: formatRupiah(parseMoney(params.amount)),
        date: date(params.date, i18n.global.locale.value),
      });
    }
    case 'COMPLAINT_WARNING': {
      const params = p as NotificationParamsByType['COMPLAINT_WARNING'];
      return t('complaints.notifications.warning', { name: params.name, date: date(params.dueDate, i18n.global.locale.value), n: params.daysLeft });
    }
    case 'COMPLAINT_BREACHED': {
      const params = p as NotificationParamsByType['COMPLAINT_BREACHED'];
      return t('complaints.notifications.breached', { name: params.name, date: date(params.dueDate, i18n.global.locale.value) });
    }
    case 'REPORT_SUBMITTED': {
      const params = p as NotificationParamsByType['REPORT_SUBMITTED'];
      const locale = i18n.global.locale.value;
      return t('workReports.notifications.submitted', { officer: params.officer, from: date(params.from, locale), to: date(params.to, locale) });
    }
    case 'REPORT_ACKNOWLEDGED': {
      const params = p as NotificationParamsByType['REPORT_ACKNOWLEDGED'];
      const locale = i18n.global.locale.value;
      return t('workReports.notifications.acknowledged', { manager: params.manager, from: date(params.from, locale), to: date(params.to, locale) });
    }
    default:
      return n.title;
  }
}
