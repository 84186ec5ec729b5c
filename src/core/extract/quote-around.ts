// A verbatim quote for a fact: the sentence itself, or, when it is longer than a citation may be, the stretch of it
// around the words the fact is about (cut at word boundaries; still a substring, so quote verification holds).
const MAX_QUOTE = 1000;

export function quoteAround(sentence: string, ...anchors: (string | undefined)[]): string {
  if (sentence.length <= MAX_QUOTE) return sentence;
  const first = anchors.find((a): a is string => a !== undefined && sentence.includes(a));
  const at = first ? sentence.indexOf(first) : 0;
  let start = Math.max(0, at - 300);
  let end = Math.min(sentence.length, start + MAX_QUOTE);
  while (start > 0 && start < at && /\S/u.test(sentence[start - 1] ?? '')) start++;
  while (end < sentence.length && end > start && /\S/u.test(sentence[end] ?? '')) end--;
  return sentence.slice(start, end).trim();
}
