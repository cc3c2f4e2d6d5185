/** Title case: at least half the words of a token span start with a capital ("Israel's Latest Assault on Gaza"). */
export function titleCaseSpan(toks: ReadonlyArray<{ text: string }>, a: number, b: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = a; k < b; k++) {
    if (!/^\p{L}/u.test(toks[k].text)) continue;
    words++;
    if (/^\p{Lu}/u.test(toks[k].text)) caps++;
  }
  return caps * 2 >= words;
}
