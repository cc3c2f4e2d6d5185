/**
 * The target of violence done to a town is its people, not its government: "Sudanese rebels shelled Juba" →
 * SDN CVL, "fired two artillery shells at Seoul" → KOR CVL (a capital otherwise stands for its government,
 * "Seoul protested"), "Israeli tanks fired at targets in Jericho" → PSE CVL — the ICEWS convention of a
 * country's citizens as the generic victim. Taking a town ("seized Kabul") takes the country's territory: the
 * country, with no role — unless the taker is that country's own state ("Ukrainian troops recaptured Kherson"
 * takes it from someone the phrase does not name: no target).
 */
import type { ActorMention } from '../model/document.js';
import type { ActorRef } from '../model/event.js';
import { actorCode, actorRef } from './build.js';

/** a named town or region (places.yaml) or a capital city: the place, not an actor of its own */
export function isPlaceMention(m: ActorMention): boolean {
  return m.place === true || m.capital === true;
}

const STATE_ROLES = /^(GOV|MIL|COP|SPY)$/;

/** the event's target reference for mention `m` in an event coded `code` by `source` */
export function targetRef(m: ActorMention, code: string, source: ActorMention): ActorRef | null {
  const ref = actorRef(m);
  // assault (18), fight (19) and mass violence (20) hurt the place's people; occupying it (192) takes its land
  if (!isPlaceMention(m) || !m.country || m.org) return ref;
  // an agent ("shot down drones launched by Moscow") is the capital's government, not its streets
  if (m.capital && m.prep === 'by') return ref;
  // restrictions eased at home (081x: "lifted the state of emergency in Bangkok") are eased on the country
  if (code.startsWith('081'))
    return { ...ref, role: null, code: actorCode({ country: m.country, org: null, role: null }) };
  // coercion at home names where, not whom ("French police arrested 12 people after clashes in Paris")
  if (code.startsWith('17') && source.country === m.country && STATE_ROLES.test(source.role ?? ''))
    return null;
  if (!/^(18|19|20)/.test(code)) return ref;
  if (!code.startsWith('192'))
    return { ...ref, role: 'CVL', code: actorCode({ country: m.country, org: null, role: 'CVL' }) };
  if (source.country === m.country && STATE_ROLES.test(source.role ?? '')) return null;
  return { ...ref, role: null, code: actorCode({ country: m.country, org: null, role: null }) };
}

/**
 * "strikes on sites in Pakistan and Pakistan-administered Kashmir": a town or region listed with its own country
 * adds no target of its own (it would be a second event against the country's civilians)
 */
export function withoutRedundantPlaces(targets: ActorMention[]): ActorMention[] {
  const states = new Set(targets.filter((m) => !isPlaceMention(m)).map((m) => m.country));
  return targets.filter((m) => !isPlaceMention(m) || !states.has(m.country));
}

/**
 * "talks with the United States" by a US official: consulting one's own bare country is no event (visits inside one's
 * own country, "Putin visited Chechnya", are kept); nor is accusing, demanding of or threatening it ("Netanyahu says
 * it's anti-Semitism to accuse Israel": the accusers are others)
 */
export function ownBareCountry(code: string, sources: ActorMention[], targets: ActorMention[]): boolean {
  return (
    /^(04|10|11|12|13)/.test(code) &&
    !/^04[23]/.test(code) &&
    targets.length > 0 &&
    targets.every((m) => m.role === null && !m.org && sources.some((x) => x.country === m.country))
  );
}
