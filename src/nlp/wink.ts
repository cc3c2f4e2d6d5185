/**
 * The wink-nlp instance of this thread (the model is read once, ~120 ms; a new instance on it takes ~5 ms).
 *
 * wink adds every out-of-vocabulary token it reads to its model's lexicon and never forgets it: a long
 * ingest learned 39,000 words over the first 8,000 news articles and 88,000 over 40,000, growing with every
 * new name (~70 bytes of heap each: 69 vs 65 MB of live heap after 15,000 articles with and without renewing).
 * Redline's tokens do not depend on what wink learned before (see tokenize.ts), so past the limit the model
 * forgets what it learned (its feature lists and hashes are cut back to the model's own size) and the next
 * paragraph gets a new instance on it: memory stays bounded however long the stream, without reading the
 * model again. The limit stays high because relearning costs: at 20,000 words, learning was 2-3% of coding.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
/** a feature table of wink's in-memory model: values by index and indexes by value */
interface Feature {
  list: unknown[];
  hash: Record<string, number>;
  intrinsicSize: number;
  index: number;
}
/** the parts of wink's in-memory model read here */
interface CoreModel {
  features: { lexeme: Feature } & Record<string, Partial<Feature>>;
}

/** learned words kept before the instance is renewed */
let maxLearned = 100_000;

let nlp: Nlp | null = null;
let core: CoreModel | null = null;

/** the number of words wink has learned since its instance was made */
export function learnedWords(): number {
  return core ? core.features.lexeme.list.length - core.features.lexeme.intrinsicSize : 0;
}

/** set how many learned words a wink instance may keep (tests use small limits); returns the old limit */
export function setMaxLearned(n: number): number {
  const old = maxLearned;
  maxLearned = n;
  return old;
}

type Model = typeof model;
let tracked: Model | null = null;

/**
 * The model as wink reads it, with two changes: `core()` reads the model once and hands the same tables
 * to every instance (to count and forget learned words), and `metaCER()` runs once: the model package's
 * loader re-stringifies its own cached JSON on every call, so the third or fourth instance took seconds
 * and the tenth gigabytes.
 */
function trackedModel(): Model {
  if (tracked) return tracked;
  const m = model as unknown as { core: () => CoreModel; metaCER: () => unknown };
  const loadCore = m.core;
  const meta = m.metaCER();
  tracked = Object.assign(Object.create(null), model, {
    core: () => (core ??= loadCore()),
    metaCER: () => meta,
  }) as Model;
  return tracked;
}

/**
 * Cut every learnable feature table back to the model's own entries. wink's only writes to the model are
 * appends to these tables (`getFeaturesIndex` in its cache.js: `hash[value] = index; list.push(value)`);
 * the per-word records of learned words live in the instance, which is dropped with it.
 */
function forgetLearned(c: CoreModel): void {
  for (const f of Object.values(c.features)) {
    if (!f || typeof f.intrinsicSize !== 'number' || !Array.isArray(f.list) || !f.hash) continue;
    for (let k = f.intrinsicSize; k < f.list.length; k++) delete f.hash[String(f.list[k])];
    f.list.length = f.intrinsicSize;
    f.index = f.intrinsicSize;
  }
}

export function getNlp(): Nlp {
  if (nlp && learnedWords() > maxLearned) {
    nlp = null;
    if (core) forgetLearned(core);
  }
  if (!nlp) {
    // pos tagging is on by default; sentence boundaries come with readDoc
    nlp = winkNLP(trackedModel(), ['sbd', 'pos']);
  }
  return nlp;
}
