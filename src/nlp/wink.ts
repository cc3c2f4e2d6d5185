/**
 * The wink-nlp instance of this thread (model load is ~100 ms: made once, and again only after it has
 * learned too many words).
 *
 * wink adds every out-of-vocabulary token it reads to its model's lexicon and never forgets it: a long
 * ingest learned 39,000 words over the first 8,000 news articles and 88,000 over 40,000 (~80 bytes of heap
 * each), growing with every new name. Redline's tokens do not depend on what wink learned before (see
 * tokenize.ts), so past the limit the instance is dropped and the next paragraph gets a fresh one: memory
 * stays bounded however long the stream.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
/** the parts of wink's in-memory model read here */
interface CoreModel {
  features: { lexeme: { list: unknown[]; intrinsicSize: number } };
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
 * The model as wink reads it, with two changes: `core()` keeps a handle on the lexicon it builds (to
 * count learned words), and `metaCER()` runs once: the model package's loader re-stringifies its own
 * cached JSON on every call, so the third or fourth instance took seconds and the tenth gigabytes.
 */
function trackedModel(): Model {
  if (tracked) return tracked;
  const m = model as unknown as { core: () => CoreModel; metaCER: () => unknown };
  const loadCore = m.core;
  const meta = m.metaCER();
  tracked = Object.assign(Object.create(null), model, {
    core: () => (core = loadCore()),
    metaCER: () => meta,
  }) as Model;
  return tracked;
}

export function getNlp(): Nlp {
  if (nlp && learnedWords() > maxLearned) nlp = null;
  if (!nlp) {
    // pos tagging is on by default; sentence boundaries come with readDoc
    nlp = winkNLP(trackedModel(), ['sbd', 'pos']);
  }
  return nlp;
}
