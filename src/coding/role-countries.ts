/**
 * Countries for bare role nouns and titled persons the lexicon does not know: a story's only country (in a story of
 * several, the one its dateline and lead both name, for a bare "the" state body), a dateline, an "of" phrase ("King
 * Hassan of Morocco"), the country named most often; and what keeps a role from taking the story's country (an
 * unknown body's name before or after it, "foreign", a diplomatic post).
 */
import type { ActorMention, Doc } from '../model/document.js';

/** a modifier saying a role is not the story's country's ("foreign troops", "world leaders") */
/** the last word of a mention, lower-cased (a role phrase's head: "ambassador", "governments") */
const headWord = (m: ActorMention): string => m.text.toLowerCase().split(/\s+/).pop() ?? '';

/** a possessive within four words before a role ("Japan's 47 provincial governments") */
function possessedRole(doc: Doc, m: ActorMention): boolean {
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 4); k--)
    if (/^['’]s$/.test(doc.tokens[k].lower)) return true;
  return false;
}

/** "deploy forces to Darfur": people sent to the country are not its own */
function sentTo(doc: Doc, m: ActorMention, country: string | null): boolean {
  if (!/^(to|into)$/.test(doc.tokens[m.tokenEnd]?.lower ?? '')) return false;
  const next = doc.mentions.find((x) => x.tokenStart >= m.tokenEnd + 1 && x.tokenStart <= m.tokenEnd + 2);
  return !!next && next.country === country && next.sentence === m.sentence;
}

const SENDING = /^(send|deploy|dispatch|station|mobilise|mobilize)$/;
/** verbs whose object is the subject's instrument ("Israel used drones to attack") */
const USING = /^(use|employ)$/;
const SENDING_OR_USING = new RegExp(`${SENDING.source}|${USING.source}`);

/**
 * the actor that sends or uses the people of role mention `m` ("If NATO sends troops", "Israel has used drones"):
 * the mention ending right before the verb (auxiliaries and adverbs between) whose object `m` is, else undefined
 */
function senderOf(doc: Doc, m: ActorMention, verbs: RegExp): ActorMention | undefined {
  let k = m.tokenStart - 1;
  while (k > 0 && /^(DET|NUM|ADJ)$/.test(doc.tokens[k].pos)) k--;
  const verb = doc.tokens[k];
  if (!verb || verb.pos !== 'VERB' || !verbs.test(verb.lemma) || verb.sentence !== m.sentence)
    return undefined;
  let e = k;
  while (e > 0 && /^(AUX|ADV|PART)$/.test(doc.tokens[e - 1].pos) && doc.tokens[e - 1].sentence === m.sentence)
    e--;
  return doc.mentions.find((x) => x.tokenEnd === e && x.sentence === m.sentence);
}

/** "If NATO sends troops": people another actor sends are that actor's, not the story's one country's */
function sentByOther(doc: Doc, m: ActorMention, country: string | null): boolean {
  const subject = senderOf(doc, m, SENDING);
  return !!subject && (subject.country !== null || subject.org !== null) && subject.country !== country;
}

/**
 * "Israel used drones to attack Hamas", "Russia has deployed troops": a bare armed role a state sends or uses is
 * that state's (a body's or an armed group's stays unowned: "NATO sends troops")
 */
function inferSentRoleCountries(doc: Doc): void {
  for (const m of doc.mentions) {
    if (m.kind !== 'role' || m.country || m.org || (m.role !== 'MIL' && m.role !== 'COP')) continue;
    const subject = senderOf(doc, m, SENDING_OR_USING);
    if (subject?.country && !subject.org && (subject.role === null || /^(GOV|MIL)$/.test(subject.role)))
      m.country = subject.country;
  }
}
/** the heads of role phrases that name several states */
const MANY_STATES = /^(governments|regimes|administrations)$/;
const FOREIGN = /^(foreign|world|global|international|multinational|overseas|outside)$/;

/**
 * A titled person the lexicon does not know ("Prime Minister Albin Kurti") has a role but no country: take the
 * country of the article's dateline ("PRISTINA, Sept. 24 -"), else the country the article names most often.
 */
export function inferPersonCountries(doc: Doc): void {
  inferSentRoleCountries(doc);
  // a bare political, armed or police role noun ("insurgents", "officials", "troops", "riot police") takes the
  // country only when the article names exactly one (courts, companies and media stay uncoded: a fraud trial is
  // not an event)
  const countries = new Set(
    // (one person of a people, "gunned down a Briton in Riyadh", is a victim, not the story's setting)
    doc.mentions.flatMap((m) => (m.country && m.kind !== 'person' && !isOneOfAPeople(m) ? [m.country] : [])),
  );
  if (countries.size === 1) {
    const only = [...countries][0];
    for (const m of doc.mentions) if (takesStoryCountry(doc, m, only)) m.country = only;
  } else if (countries.size > 1) {
    // "SEOUL - South Korea summoned Japan's ambassador ... The foreign ministry said": with several countries, a
    // bare "the" state body or office after the lead is the country both the dateline and the lead's subject name
    // (not many of them: "the leaders" of a summit, "the officials" of two sides)
    const lead = datelineLeadCountry(doc);
    if (lead)
      for (const m of doc.mentions)
        if (
          m.sentence > lead.sentence &&
          m.role === 'GOV' &&
          doc.tokens[m.tokenStart - 1]?.lower === 'the' &&
          !/s$/i.test(m.text) &&
          takesStoryCountry(doc, m, lead.country)
        )
          m.country = lead.country;
  }
  let unknown = doc.mentions.filter((m) => m.kind === 'person' && !m.country && !m.org && m.role);
  if (!unknown.length) return;
  // "King Hassan of Morocco", "President Mwanawasa of Zambia": the country the name itself is given
  for (const m of unknown) m.country = ofCountryAfter(doc, m) ?? bodyBefore(doc, m);
  unknown = unknown.filter((m) => !m.country);
  if (!unknown.length) return;
  let country: string | null = null;
  const dateline = datelineMention(doc);
  if (dateline?.country) country = dateline.country;
  if (!country) {
    const freq = new Map<string, number>();
    for (const m of doc.mentions)
      if (m.country && m.kind !== 'person') freq.set(m.country, (freq.get(m.country) ?? 0) + 1);
    const top = [...freq].sort((a, b) => b[1] - a[1]);
    // a country named once in passing is no evidence of the person's nationality
    if (top.length && top[0][1] >= 2 && (top.length === 1 || top[0][1] > top[1][1])) country = top[0][0];
  }
  if (country) for (const m of unknown) m.country = country;
}

/** a bare political, armed or police role noun that may take the story's country `country` */
function takesStoryCountry(doc: Doc, m: ActorMention, country: string): boolean {
  return (
    m.kind === 'role' &&
    !m.country &&
    !m.org &&
    m.role !== null &&
    /^(GOV|MIL|REB|INS|SEP|OPP|UAF|COP|RAD)$/.test(m.role) &&
    !afterUnknownName(doc, m) &&
    !ofUnknownName(doc, m) &&
    !FOREIGN.test(doc.tokens[m.tokenStart - 1]?.lower ?? '') &&
    // an embassy, ambassador or envoy is mostly a foreign country's in the story's one country; "governments"
    // are many countries' ("most governments that promised money to help rebuild Haiti")
    !DIPLOMATIC.test(headWord(m)) &&
    !(MANY_STATES.test(headWord(m)) && !possessedRole(doc, m)) &&
    !sentTo(doc, m, country) &&
    !sentByOther(doc, m, country)
  );
}

/** a wire dateline's capital in capitals ("SEOUL, April 7 -") in the first two sentences */
function datelineMention(doc: Doc): ActorMention | undefined {
  return doc.mentions.find(
    (m) =>
      m.sentence <= 1 && m.kind === 'metonym' && m.text === m.text.toUpperCase() && /^[A-Z]/.test(m.text),
  );
}

/**
 * the country of a dateline ("SEOUL, April 7 -") when the first actor of the story after it acts for the same country
 * ("South Korea summoned ..."), with the sentence of that actor; else null
 */
function datelineLeadCountry(doc: Doc): { country: string; sentence: number } | null {
  const dateline = datelineMention(doc);
  if (!dateline?.country) return null;
  const first = doc.mentions.find(
    (m) => m.tokenStart >= dateline.tokenEnd && m.sentence === dateline.sentence && !m.locative,
  );
  return first?.country === dateline.country && first.agentive && first.kind !== 'person'
    ? { country: first.country, sentence: first.sentence }
    : null;
}

/**
 * a role noun right after an acronym the lexicon does not know ("EC foreign ministers", "TRW officials", "ASA
 * leaders"): the acronym's body owns the role, so the article's only country does not. Capitalised words are left
 * alone: "Finance Ministry officials", "Communist rebels" are the country's.
 */
function afterUnknownName(doc: Doc, m: ActorMention): boolean {
  const t = doc.tokens[m.tokenStart - 1];
  if (t === undefined || t.sentence !== m.sentence || (t.pos !== 'PROPN' && t.pos !== 'NOUN')) return false;
  if (/^\p{Lu}{2,}$/u.test(t.text)) return true;
  // ... and a spokesman after any unknown name ("a Coastal spokesman said", "a Toyota spokeswoman"): a body's
  // voice, not the country's
  return (
    SPOKES.test(m.text) &&
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    !doc.mentions.some((x) => x.tokenEnd === m.tokenStart)
  );
}

const SPOKES = /^(spokesman|spokeswoman|spokesperson|spokesmen)$/i;
/** the last word of a non-state body's name */
const BODY_HEAD =
  /^(association|associations|institute|federation|society|foundation|corp|corporation|company|co|inc|ltd|plc|group|league|club|union|chamber|council|board|exchange|bank|fund|trust|church|university|college)$/;

/**
 * a role noun before "of" and a name the lexicon does not know ("Leaders of the American Soybean Association",
 * "officials of Acme Corp"): that body owns the role, not the article's only country
 */
function ofUnknownName(doc: Doc, m: ActorMention): boolean {
  let k = m.tokenEnd;
  // ("Ministers from the Group of 24 developing countries")
  if (!/^(of|from)$/.test(doc.tokens[k]?.lower ?? '')) return false;
  k++;
  if (doc.tokens[k]?.lower === 'the') k++;
  const t = doc.tokens[k];
  if (t === undefined || t.sentence !== m.sentence || !/^\p{Lu}/u.test(t.text)) return false;
  // (the run of capitalised words: no mention may start or lie in it)
  let e = k;
  while (doc.tokens[e]?.sentence === m.sentence && /^\p{Lu}/u.test(doc.tokens[e].text)) e++;
  // (a body's name: "Minister of State for Finance", "governor of the Asir region" are the country's; "the full force
  // of Hurricane Ivan" is no armed force of anyone's)
  if (!BODY_HEAD.test(doc.tokens[e - 1].lower) && m.text.toLowerCase() !== 'force') return false;
  return !doc.mentions.some((x) => x.sentence === m.sentence && x.tokenStart < e && x.tokenEnd > k);
}

const DIPLOMATIC =
  /^(embassy|embassies|consulate|consulates|ambassador|ambassadors|envoy|envoys|diplomat|diplomats|legation|charge)$/;

/** the country named in an "of" phrase right after mention `m` ("King Hassan of Morocco"), else null */
function ofCountryAfter(doc: Doc, m: ActorMention): string | null {
  if (doc.tokens[m.tokenEnd]?.lower !== 'of') return null;
  const next = doc.mentions.find((c) => c.tokenStart === m.tokenEnd + 1);
  return next && next.kind === 'country' && next.role === null && !next.place ? next.country : null;
}

/** title words between a body's name and its officer's title ("central bank Vice Governor") */
const TITLE_PREFIX = /^(vice|deputy|acting|chief|senior|first|assistant|executive|general)$/;

/**
 * "Lebanese central bank Vice Governor Meguerditch Bouldikian": a body of a known country named right before the
 * title (past words like "Vice") is whose officer the person is
 */
function bodyBefore(doc: Doc, m: ActorMention): string | null {
  let k = m.tokenStart - 1;
  while (k >= 0 && TITLE_PREFIX.test(doc.tokens[k].lower) && m.tokenStart - k <= 2) k--;
  const body = doc.mentions.find((c) => c.tokenEnd === k + 1 && c.sentence === m.sentence);
  return body && body.country && body.kind !== 'person' && !body.locative ? body.country : null;
}

/** "a Briton", "an American": one person of a people (adjectives.ts), a non-agentive civilian named by a demonym */
function isOneOfAPeople(m: ActorMention): boolean {
  return m.kind === 'country' && m.onePerson === true;
}

const COMMISSIONER = /commissioner/i;

/**
 * A country's commissioner is its official, not an international organisation's: "Texas Railroad Commissioner
 * James Nugent", "Italy's information commissioner", "Securities Commissioner Ray Astin" (HONG KONG dateline) read
 * as GOV; an organisation's ("EC Agriculture Commissioner X", "UN High Commissioner for Refugees") stays its own.
 */
export function nationalCommissioners(doc: Doc): void {
  for (const m of doc.mentions)
    if (m.role === 'IGO' && m.country && !m.org && COMMISSIONER.test(m.title ?? m.text)) m.role = 'GOV';
}
