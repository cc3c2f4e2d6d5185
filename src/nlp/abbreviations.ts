/** Abbreviations after which a period does not end a sentence (lower case, with the period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'maj.', 'sgt.', 'capt.', 'adm.', 'cmdr.',
  'gov.', 'sen.', 'rep.', 'st.', 'rev.', 'jr.', 'sr.', 'no.', 'vs.', 'v.', 'etc.', 'approx.', 'est.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'u.s.', 'u.k.', 'u.n.', 'e.u.', 'u.s.s.r.', 'inc.', 'ltd.', 'corp.', 'co.', 'mt.', 'ft.',
]);
