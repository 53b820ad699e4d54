import { staffDashboardEn } from './staff-dashboard-en';
import { staffDashboardFr, type StaffDashboardMessageKey } from './staff-dashboard-fr';
import { useDictionaryT, type DictionaryTranslate } from './lazy-dictionary';

export type { StaffDashboardMessageKey };
export type StaffDashboardTranslate = DictionaryTranslate<StaffDashboardMessageKey>;

const dictionaries = { fr: staffDashboardFr, en: staffDashboardEn } as const;

/** Translates the staff dashboard's keys and every main dictionary key. */
export function useStaffDashboardT(): StaffDashboardTranslate {
  return useDictionaryT<StaffDashboardMessageKey>(dictionaries);
}
