/**
 * The antecedents a pronoun's own clause gives away (coref.ts asks these first): the speaker of a reported clause
 * ("Japan warned the United States it may retaliate", "Militants holding three UN workers said they"), the head of a
 * relative clause of saying ("Tony Blair, who has said he"), an addressee told what it must do, an unknown name before
 * "said he", the subject after a fronted clause ("When he visits Israel, Obama will"), and the owner of an act noun
 * ("for Japan's failure to open its market").
 */
import type { ActorMention, Doc } from '../model/document.js';
import { GROUP_KINDS, codable, isSubjectLike } from './coref-util.js';

/** verbs of telling whose addressee is named right before the reported clause ("warned the US it would") */
const TELLING = /^(warn|tell|assure|inform|remind|notify|caution)$/;

/**
 * "Japan warned the United States it may retaliate": the subject pronoun of a clause reported right after
 * "X warned/told Y (that)" is X, the speaker, not Y, the last name before it. The id of X, else null.
 */
export function warnerOf(doc: Doc, ms: ActorMention[], i: number): number | null {
  const m = ms[i];
  if (m.name !== 'it') return null; // "warned NATO they would face consequences": plural is the addressee
  let k = m.tokenStart - 1;
  if (doc.tokens[k]?.lower === 'that') k--;
  const addressee = ms[i - 1];
  if (!addressee || addressee.tokenEnd - 1 !== k || addressee.sentence !== m.sentence) return null;
  const verb = doc.tokens[addressee.tokenStart - 1];
  if (!verb || verb.pos !== 'VERB' || !TELLING.test(verb.lemma)) return null;
  const speaker = ms[i - 2];
  if (!speaker || speaker.sentence !== m.sentence || speaker.tokenEnd !== addressee.tokenStart - 1)
    return null;
  return GROUP_KINDS.has(speaker.kind) && codable(speaker) && speaker.agentive ? speaker.id : null;
}

const PARTICIPLE_REPORT = /^(saying|adding|warning|insisting|claiming|arguing|threatening|vowing)$/;

/**
 * "A Taliban splinter group ... demanded a response from the Afghan government and United Nations, saying it would
 * kill the hostages": the subject pronoun of a clause reported by a participle after a comma is the sentence's subject
 * (its first mention when that opens the sentence), not the last name before it. Its id, else null.
 */
export function participleReporter(doc: Doc, ms: ActorMention[], i: number): number | null {
  const m = ms[i];
  let k = m.tokenStart - 1;
  if (doc.tokens[k]?.lower === 'that') k--;
  if (!PARTICIPLE_REPORT.test(doc.tokens[k]?.lower ?? '') || doc.tokens[k - 1]?.text !== ',') return null;
  const s = doc.sentences[m.sentence];
  const subject = ms.find((x) => x.sentence === m.sentence && x.tokenStart <= s.tokenStart + 2);
  if (!subject || subject.tokenStart >= k || !GROUP_KINDS.has(subject.kind) || !codable(subject)) return null;
  return subject.agentive && !subject.locative ? subject.id : null;
}

const SAYING = /^(say|announce|state|add|claim|insist|declare|confirm)$/;
const PHRASE_TAGS = /^(ADP|DET|NUM|ADJ|NOUN|PROPN)$/;

/**
 * "Iraqi kidnappers of seven employees of a Kuwaiti company said in a video statement they would release the
 * captives": the subject "they"/"it" of a clause reported by a saying verb (a prepositional or time phrase and
 * "that" between) is the saying verb's subject, not the last name inside that subject's "of" phrase. The subject is
 * the leftmost mention whose phrase runs up to the verb and that opens its clause (after a dateline's "Reuters -";
 * no comma, relative word or other verb between it and the verb). Its id, else null.
 */
/** token t is an -ing participle right after a noun (a reduced relative on it) */
function participleOn(doc: Doc, t: number): boolean {
  const w = doc.tokens[t];
  return w.pos === 'VERB' && /ing$/.test(w.lower) && /^(NOUN|PROPN)$/.test(doc.tokens[t - 1]?.pos ?? '');
}

export function sayerOf(doc: Doc, ms: ActorMention[], i: number): number | null {
  const m = ms[i];
  if (m.name !== 'they' && m.name !== 'it') return null;
  let k = m.tokenStart - 1;
  if (doc.tokens[k]?.lower === 'that') k--;
  const prev = ms[i - 1];
  for (let n = 0; n < 8 && k > 0 && PHRASE_TAGS.test(doc.tokens[k].pos); n++) k--;
  const verb = doc.tokens[k];
  if (!verb || verb.pos !== 'VERB' || !SAYING.test(verb.lemma) || (prev && prev.tokenEnd > k)) return null;
  // "ended the meeting with West Germany saying it would": a participle's subject is the actor right before it
  if (/ing$/.test(verb.lower) && prev && prev.tokenEnd === k && prev.sentence === m.sentence)
    return GROUP_KINDS.has(prev.kind) && codable(prev) && prev.agentive ? prev.id : null;
  const start = doc.sentences[m.sentence].tokenStart;
  let subject: ActorMention | null = null;
  for (let j = i - 1, from = k; j >= 0 && ms[j].sentence === m.sentence; j--) {
    const c = ms[j];
    let phrase = true;
    // (a participle phrase on the subject is part of it: "Militants holding three UN workers hostage said they")
    for (let t = c.tokenEnd; t < from && phrase; t++)
      phrase = PHRASE_TAGS.test(doc.tokens[t].pos) || participleOn(doc, t);
    if (!phrase) break;
    from = c.tokenStart;
    let b = c.tokenStart - 1;
    while (b >= start && doc.tokens[b].pos === 'DET') b--;
    if (b < start || doc.tokens[b].pos === 'PUNCT') subject = c;
  }
  if (!subject) return null;
  // "The foreign ministry said it": a state body named by a role noun (coded) is "it"
  if (
    m.name === 'it' &&
    subject.kind === 'role' &&
    codable(subject) &&
    subject.agentive &&
    !subject.prep &&
    !/s$/.test(subject.text)
  )
    return subject.id;
  if (subject === prev) return null;
  // a plural group of people named as the subject is who "they" is, coded or not: no earlier actor is
  if (
    m.name === 'they' &&
    subject.kind === 'role' &&
    /s$/.test(subject.text) &&
    subject.agentive &&
    !subject.prep
  )
    return codable(subject) ? subject.id : -1;
  if (!GROUP_KINDS.has(subject.kind) || !codable(subject)) return null;
  return subject.agentive && !subject.locative && !subject.prep ? subject.id : null;
}

/**
 * "Howard won't follow Tony Blair, who has said he could apologize": the subject pronoun of a clause reported by a
 * saying verb whose subject is "who" is the relative clause's head (the mention right before "who", past a comma).
 * Its id, else null.
 */
export function relativeSayer(doc: Doc, ms: ActorMention[], i: number): number | null {
  const m = ms[i];
  if (!/^(he|she|they)$/.test(m.name)) return null;
  let k = m.tokenStart - 1;
  if (doc.tokens[k]?.lower === 'that') k--;
  const verb = doc.tokens[k];
  if (!verb || verb.pos !== 'VERB' || !SAYING.test(verb.lemma)) return null;
  k--;
  while (k > 0 && (doc.tokens[k].pos === 'AUX' || doc.tokens[k].pos === 'ADV')) k--;
  if (doc.tokens[k]?.lower !== 'who') return null;
  k--;
  if (doc.tokens[k]?.text === ',') k--;
  const head = ms.find((x) => x.sentence === m.sentence && x.tokenEnd === k + 1);
  if (!head || !(head.kind === 'person' || (head.kind === 'compound' && head.onePerson))) return null;
  return head.gender == null || m.name === 'they' || head.gender === m.gender ? head.id : null;
}

/**
 * "Shultz and Weinberger, who said they opposed the arms initiative": "they" names the relative clause's head and
 * the persons joined to it by "and"; sets the pronoun's antecedents and says whether it did
 */
export function relativeSayers(doc: Doc, ms: ActorMention[], i: number): boolean {
  const m = ms[i];
  if (m.name !== 'they') return false;
  const head = relativeSayer(doc, ms, i);
  if (head === null) return false;
  const k = ms.findIndex((x) => x.id === head);
  const prev = ms[k - 1];
  const joined =
    prev &&
    prev.sentence === m.sentence &&
    (prev.kind === 'person' || (prev.kind === 'compound' && prev.onePerson)) &&
    doc.tokens[prev.tokenEnd]?.lower === 'and' &&
    prev.tokenEnd + 1 === ms[k].tokenStart;
  m.antecedent = head;
  if (joined) m.antecedents = [prev.id, head];
  return true;
}

const OBLIGATION = /^(must|should|ought)$/;
const OBLIGATION_TO = /^(has|have|had|needs|need|needed)$/;

/**
 * "a reminder to Iraq that it must cooperate", "told Iran that they have to stop": the subject of an obligation
 * reported right after its addressee ("to X that", "told X that") is the addressee — what one is told one must
 * do is one's own duty. (A promise or warning, "warned NATO that it would respond", is the speaker's: warnerOf.)
 * The addressee's id, else null.
 */
export function obligedAddressee(doc: Doc, ms: ActorMention[], i: number): number | null {
  const m = ms[i];
  const that = doc.tokens[m.tokenStart - 1];
  if (that?.lower !== 'that') return null;
  const next = doc.tokens[m.tokenEnd];
  const after = doc.tokens[m.tokenEnd + 1];
  if (!next || !(OBLIGATION.test(next.lower) || (OBLIGATION_TO.test(next.lower) && after?.lower === 'to')))
    return null;
  const addressee = ms[i - 1];
  if (!addressee || addressee.sentence !== m.sentence || addressee.tokenEnd !== m.tokenStart - 1) return null;
  const before = doc.tokens[addressee.tokenStart - 1];
  const told = addressee.prep === 'to' || (before?.pos === 'VERB' && TELLING.test(before.lemma));
  return told && GROUP_KINDS.has(addressee.kind) && codable(addressee) ? addressee.id : null;
}

const SAID = /^(said|says|told|added|stated|insisted|claimed|argued|warned|announced|predicted|hinted)$/;

/**
 * "Volcker said he would probably step down": a name no mention covers, right before the verb of saying that reports
 * the pronoun's clause, is the pronoun's antecedent; an earlier known person is not
 */
export function unknownSpeakerBefore(doc: Doc, m: ActorMention): boolean {
  let k = m.tokenStart - 1;
  if (doc.tokens[k]?.lower === 'that') k--;
  const verb = doc.tokens[k];
  if (!verb || verb.sentence !== m.sentence || !SAID.test(verb.lower)) return false;
  k--;
  while (k >= 0 && doc.tokens[k].pos === 'ADV' && doc.tokens[k].sentence === m.sentence) k--;
  // past an apposition: "William Ryrie, chief executive of the World Bank's IFC, said he"
  if (doc.tokens[k]?.text === ',') {
    let j = k - 1;
    while (j > k - 16 && j >= 0 && doc.tokens[j].text !== ',' && doc.tokens[j].sentence === m.sentence) j--;
    if (doc.tokens[j]?.text === ',' && j < k - 1) k = j - 1;
  }
  const name = doc.tokens[k];
  if (!name || name.sentence !== m.sentence || name.pos !== 'PROPN' || !/^\p{Lu}/u.test(name.text))
    return false;
  return !doc.mentions.some((x) => x.sentence === m.sentence && x.tokenStart <= k && k < x.tokenEnd);
}

const FRONTED = /^(while|although|though|when|after|before|since|because|as|if|once|until|despite)$/;

/**
 * A subject pronoun of a clause that opens its sentence with a subordinator ("While he did not ask for government aid,
 * Beesley indicated ...") names the main clause's subject after the comma: a person mention there is its antecedent
 * (its id), an unknown name leaves it none (-1); else null
 */
export function cataphoraSubject(doc: Doc, ms: ActorMention[], i: number): number | null {
  const m = ms[i];
  if (!/^(he|she)$/.test(m.name)) return null;
  const s = doc.sentences[m.sentence];
  let k = s.tokenStart;
  if (doc.tokens[k]?.pos === 'CCONJ') k++;
  if (!FRONTED.test(doc.tokens[k]?.lower ?? '') || m.tokenStart !== k + 1) return null;
  let c = m.tokenEnd;
  while (c < s.tokenEnd && doc.tokens[c].text !== ',') c++;
  const first = doc.tokens[c + 1];
  if (c >= s.tokenEnd || !first || first.pos !== 'PROPN' || !/^\p{Lu}/u.test(first.text)) return null;
  const named = ms.find((x) => x.sentence === m.sentence && x.tokenStart <= c + 1 && c + 1 < x.tokenEnd);
  if (!named) return -1;
  return named.kind === 'person' && (named.gender == null || named.gender === m.gender) ? named.id : null;
}

/** nouns of an act or stance whose possessor is the agent of what follows them ("Japan's failure to ... open its
 * market", "Iran's announcement that it had launched") */
const OWNED_ACT =
  /^(failure|decision|refusal|rejection|announcement|pledge|promise|commitment|agreement|plan|plans|attempt|bid|offer|willingness|readiness|determination|intention|demand|request|insistence|claim|statement|threat|warning|vow)$/;

/** a possessor after a preposition owns its act noun, so it may be the agent a pronoun names ("for Japan's failure to
 * open its market"; not "al-Qaeda's operations after its security forces") */
export function actOwner(doc: Doc, c: ActorMention): boolean {
  const k = c.tokenEnd;
  if (!/^['’]s?$/.test(doc.tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + 3 && j < doc.tokens.length; j++) {
    const t = doc.tokens[j];
    if (OWNED_ACT.test(t.lower)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * 'Russia warned Ukraine on Monday. "We will respond," it said': a group pronoun speaking a quote names the subject
 * of the sentence before the quote, not its object. The id of that subject (a group actor opening its clause), else
 * null (the ordinary search decides).
 */
export function subjectBefore(doc: Doc, ms: ActorMention[], i: number, quoteOpen: number): number | null {
  let j = i - 1;
  while (j >= 0 && ms[j].tokenStart > quoteOpen) j--;
  if (j < 0) return null;
  const sentence = ms[j].sentence;
  let found: number | null = null;
  for (; j >= 0 && ms[j].sentence === sentence; j--) {
    const c = ms[j];
    if (
      GROUP_KINDS.has(c.kind) &&
      codable(c) &&
      c.agentive &&
      !c.locative &&
      !c.prep &&
      isSubjectLike(doc, c)
    )
      found = c.id;
  }
  return found;
}

/**
 * "dealers said that in effect, regulators are asking them to set aside reserves": a plural pronoun in a clause
 * reported by people the lexicons do not know (a plural common noun opening its clause, then a saying verb), with no
 * actor named between, is those people or others unnamed, not an actor named before them
 */
export function unknownGroupSayer(doc: Doc, ms: ActorMention[], i: number): boolean {
  const m = ms[i];
  if (!/^(they|them|their)$/.test(m.name)) return false;
  const sentStart = doc.sentences[m.sentence].tokenStart;
  // (no actor between the saying verb and the pronoun: the scan stops at the mention before it)
  const prev = ms[i - 1]?.sentence === m.sentence ? ms[i - 1] : undefined;
  const from = prev && codable(prev) ? prev.tokenEnd : sentStart;
  for (let k = m.tokenStart - 1; k > from && m.tokenStart - k <= 16; k--) {
    const verb = doc.tokens[k];
    if (verb.pos !== 'VERB' || !SAYING.test(verb.lemma)) continue;
    if (!noOtherAntecedent(doc, ms, m, k)) return false;
    let s = k - 1;
    while (s > sentStart && doc.tokens[s].pos === 'ADV') s--;
    const noun = doc.tokens[s];
    // (a role noun of no known country too: "Traders said")
    const subject = ms.find((x) => x.sentence === m.sentence && x.tokenEnd === s + 1);
    if (
      subject ? codable(subject) || subject.kind !== 'role' : noun.pos !== 'NOUN' || noun.lower === noun.lemma
    )
      return false;
    if (!/s$/.test(noun.lower)) return false;
    let b = (subject?.tokenStart ?? s) - 1;
    while (b >= sentStart && /^(DET|ADJ)$/.test(doc.tokens[b].pos)) b--;
    return b < sentStart || doc.tokens[b].pos === 'PUNCT';
  }
  return false;
}

/**
 * no mention and no plural noun between the saying verb at k and pronoun m, but for an object "them" the subject of
 * its own verb ("regulators are asking them")
 */
function noOtherAntecedent(doc: Doc, ms: ActorMention[], m: ActorMention, k: number): boolean {
  if (ms.some((x) => x.sentence === m.sentence && x.tokenStart > k && x.tokenStart < m.tokenStart))
    return false;
  let ownSubject = -1;
  if (m.name === 'them') {
    let v = m.tokenStart - 1;
    if (doc.tokens[v]?.pos === 'VERB') {
      v--;
      while (v > k && /^(AUX|ADV|PART)$/.test(doc.tokens[v].pos)) v--;
      ownSubject = v;
    }
  }
  for (let j = k + 1; j < m.tokenStart; j++) {
    const t = doc.tokens[j];
    if (j !== ownSubject && t.pos === 'NOUN' && t.lower !== t.lemma && /s$/.test(t.lower)) return false;
  }
  return true;
}
