/** Title case: at least half the words of a token span start with a capital ("Israel's Latest Assault on Gaza"). */
const LETTER_FIRST = /^\p{L}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

export function titleCaseSpan(toks: ReadonlyArray<{ text: string }>, a: number, b: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = a; k < b; k++) {
    if (!LETTER_FIRST.test(toks[k].text)) continue;
    words++;
    if (CAPITAL_FIRST.test(toks[k].text)) caps++;
  }
  return caps * 2 >= words;
}
