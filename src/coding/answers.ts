/** Whom a request or offer is addressed to when a verb answers it: the answering verb's subject. */
import type { ActorMention, Doc } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import type { SentenceView } from './match.js';
import { answeringVerbAt } from './noun-agents.js';
import { findSource, type SourceSearch } from './roles.js';

/** the one asked by a request or offer noun that a verb answers ("Germany rejected Poland's demand for"): its subject */
export function answerer(
  doc: Doc,
  v: SentenceView,
  s: SourceSearch,
  lex: Lexicon,
  sources: ActorMention[],
): ActorMention[] | null {
  const a = answeringVerbAt(v, s.trigger, s.lo);
  const who = a < 0 ? null : findSource(doc, v, { ...s, trigger: a }, lex);
  return who?.filter((m) => !sources.some((x) => x.id === m.id)).slice(0, 1) ?? null;
}
