import { services } from '../../content/services.ts';
import type { Staff } from '../../api/staff.ts';
import type { StaffRow } from '../db/schema.ts';

/** Every service whose feedback the inbox holds (the eighteen, and the help center's own). */
export const allFeedbackServices: string[] = [...services.map((service) => service.id), 'help-center'];

/** What a staff account may see, from its row: the server decides, the inbox only shows. */
export function staffOf(row: Pick<StaffRow, 'email' | 'role' | 'services' | 'guides'>): Staff {
  const admin = row.role === 'admin';
  return {
    email: row.email,
    role: admin ? 'admin' : 'team',
    services: admin ? allFeedbackServices : row.services.split(',').filter(Boolean),
    guides: admin || row.guides === 1,
  };
}

export const canSeeService = (staff: Staff, service: string): boolean => staff.services.includes(service);

/** The services a filter asks for that this person may see: none when they may see none of it. */
export function visibleServices(staff: Staff, wanted?: string): string[] {
  if (wanted === undefined) return staff.services;
  return canSeeService(staff, wanted) ? [wanted] : [];
}

export const canSeeGuideAnswers = (staff: Staff): boolean => staff.guides;
