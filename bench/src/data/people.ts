/**
 * Users, businesses and their members. Consumers ≈ 0.8 × cases (some people file twice),
 * a few mediators and staff, and a few thousand businesses plus one very large one that holds
 * 5% of the cases (a national telecom operator: its "Mes dossiers" is the hard list to page).
 * Staff, the administrator and mediators are enrolled in TOTP (ACC-7) with a secret encrypted
 * like the API's (`encryptTotp`), and every mediator has a registry profile (MDR-1), some with
 * an announced absence.
 */
import { randomUUID } from 'node:crypto';
import {
  BUSINESS_SUFFIXES,
  BUSINESS_WORDS,
  CITIES_FR,
  CITIES_QC,
  FIRST_NAMES,
  LAST_NAMES,
  SECTORS,
  STREETS,
} from './corpus.js';
import type { Random } from './random.js';
import { line } from './rows.js';

export interface Business {
  readonly id: string;
  readonly programme: 'qc' | 'fr';
  /** ORG-2: the registry's respondent, told of every submitted case of the business. */
  readonly respondent: string;
  readonly representatives: readonly string[];
}
export interface People {
  readonly consumers: readonly string[];
  readonly mediators: readonly string[];
  /** The administrator first, then the staff members. */
  readonly staff: readonly string[];
  readonly businesses: readonly Business[];
  readonly large: Business;
}
export interface PeopleRows {
  readonly users: string[];
  readonly businesses: string[];
  readonly business_members: string[];
  readonly mediator_profiles: string[];
  readonly mediator_unavailability: string[];
}

/** The instant people were created, and how a TOTP secret is stored (encrypted, base64url). */
export interface PeopleOptions {
  readonly createdAt: string;
  readonly now: number;
  readonly encryptTotp: () => string;
}

export const LARGE_BUSINESS_SHARE = 0.05;
const LARGE_BUSINESS_REPRESENTATIVES = 50;

const slug = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, '-');

export function counts(cases: number) {
  return {
    consumers: Math.max(1, Math.round(cases * 0.8)),
    mediators: Math.max(3, Math.ceil(cases / 20_000)),
    staff: 5,
    businesses: Math.min(3000, Math.max(10, Math.round(cases / 300))),
  };
}

/** Roles that need a second factor (ACC-7): their accounts are enrolled. */
const TOTP_ROLES = new Set(['administrator', 'staff', 'mediator']);

export function makePeople(cases: number, r: Random, options: PeopleOptions): { people: People; rows: PeopleRows } {
  const { createdAt } = options;
  const n = counts(cases);
  const rows: PeopleRows = { users: [], businesses: [], business_members: [], mediator_profiles: [], mediator_unavailability: [] };
  let serial = 0;
  const user = (roles: string, domain: string, professional: boolean): string => {
    const id = randomUUID();
    const given = r.pick(FIRST_NAMES);
    const family = r.pick(LAST_NAMES);
    serial += 1;
    const profile = professional ? JSON.stringify({ jobTitle: 'Responsable des plaintes' }) : null;
    const totp = TOTP_ROLES.has(roles);
    rows.users.push(line([
      id, `${slug(given)}.${slug(family)}.${serial}@${domain}`, createdAt, given, family,
      `514-555-${String(serial % 10_000).padStart(4, '0')}`, r.next() < 0.9 ? 'fr' : 'en',
      `{${roles}}`, profile, totp ? options.encryptTotp() : null, totp ? createdAt : null, createdAt, createdAt,
    ]));
    return id;
  };
  const staff = Array.from({ length: n.staff }, (_, i) => user(i === 0 ? 'administrator' : 'staff', 'bureau.exemple.test', true));
  const mediators = Array.from({ length: n.mediators }, () => user('mediator', 'mediation.exemple.test', true));
  for (const mediator of mediators) registerMediator(rows, r, mediator, staff[0]!, options);
  const consumers = Array.from({ length: n.consumers }, () => user('consumer', 'courriel.exemple.test', false));

  const business = (programme: 'qc' | 'fr', index: number, reps: number, name?: string): Business => {
    const id = randomUUID();
    const legalName = name ?? `${r.pick(BUSINESS_WORDS)} ${r.pick(BUSINESS_SUFFIXES)} ${index}`;
    const city = r.pick(programme === 'qc' ? CITIES_QC : CITIES_FR);
    const address = { line1: `${r.int(1, 9999)} ${r.pick(STREETS)}`, city, country: programme === 'qc' ? 'Canada' : 'France' };
    const registration = programme === 'qc' ? String(1_140_000_000 + index) : String(300_000_000 + index);
    rows.businesses.push(line([
      id, programme, legalName, registration, JSON.stringify([address]), r.pick(SECTORS), '2024-01-15',
      staff[1]!, createdAt, createdAt,
    ]));
    const domain = `${slug(legalName).replace(/^-|-$/g, '')}.exemple.test`;
    const respondent = user('merchant_respondent', domain, true);
    rows.business_members.push(line([id, respondent, 'respondent', staff[1]!, createdAt]));
    const representatives = Array.from({ length: reps }, () => {
      const rep = user('merchant_representative', domain, true);
      rows.business_members.push(line([id, rep, 'representative', staff[1]!, createdAt]));
      return rep;
    });
    return { id, programme, respondent, representatives };
  };
  const large = business('fr', 0, LARGE_BUSINESS_REPRESENTATIVES, 'Télécom Hexagone SA');
  const businesses = Array.from({ length: n.businesses }, (_, i) =>
    business(i % 2 === 0 ? 'qc' : 'fr', i + 1, 1 + (i % 3)),
  );
  return { people: { consumers, mediators, staff, businesses, large }, rows };
}

const DAY = 86_400_000;
const localDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * MDR-1: the mediator's registry profile (both programmes: the generator gives any mediator
 * cases of both; the FR independence declaration signed; one or two sectors; no planned load
 * cap), and for about a third of them an absence announced within the next weeks.
 */
function registerMediator(rows: PeopleRows, r: Random, userId: string, admin: string, options: PeopleOptions) {
  const { createdAt, now } = options;
  const sectors = [...new Set([r.pick(SECTORS), r.pick(SECTORS)])];
  const region = r.next() < 0.5 ? r.pick(CITIES_QC) : r.pick(CITIES_FR);
  rows.mediator_profiles.push(line([
    userId, '{qc,fr}', `{${sectors.map((s) => `"${s}"`).join(',')}}`, `{"${region}"}`, createdAt, null, admin, createdAt, createdAt,
  ]));
  if (r.next() < 0.35) {
    const starts = now + r.int(-5, 40) * DAY;
    rows.mediator_unavailability.push(line([
      randomUUID(), userId, localDate(starts), localDate(starts + r.int(2, 14) * DAY), 'Congé', admin, createdAt,
    ]));
  }
}
