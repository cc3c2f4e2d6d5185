/** A plural-stripping stem for pattern words ("strikes" -> "strike", "militias" -> "militia", "marches" -> "march"). */
/** plural endings that drop "es" ("marches", "taxes") */
export const SIBILANT_PLURAL = /(?:ches|shes|sses|xes|zes)$/;

export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && SIBILANT_PLURAL.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}
