/** The single wink-nlp instance (model load is ~100 ms; do it once per process). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

export function getNlp(): Nlp {
  // pos tagging is on by default; sentence boundaries come with readDoc
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}
