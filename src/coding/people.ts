/** Date-bounded roles: which office a person holds on a given day. */
import type { PersonEntry, Tenure } from '../lexicon/schema.js';

const ROLE_PRIORITY: Record<string, number> = { GOV: 0, IGO: 1, MIL: 2, LEG: 3, JUD: 4, REB: 5 };

export interface PersonCoding {
  country: string | null;
  org: string | null;
  role: string | null;
  title: string | null;
}

export function tenureOn(p: PersonEntry, day: string): Tenure | null {
  const active = p.tenures.filter((t) => t.start <= day && (t.end === null || day < t.end));
  active.sort((a, b) => (ROLE_PRIORITY[a.role] ?? 9) - (ROLE_PRIORITY[b.role] ?? 9));
  return active[0] ?? null;
}

/** what a person codes as in one of their offices */
export function codeTenure(p: PersonEntry, t: Tenure): PersonCoding {
  return { country: t.country ?? (t.org ? null : p.country), org: t.org, role: t.role, title: t.title };
}

/** what a person codes as on `day`: their office then, else their nationality and default role */
export function codePerson(p: PersonEntry, day: string): PersonCoding {
  const t = tenureOn(p, day);
  if (t) return codeTenure(p, t);
  return { country: p.country, org: null, role: p.defaultRole, title: null };
}
