// The one shortener: text cut to at most `max` characters with a visible "…", for places that only label (a header,
// a button, a notification, an echo of what the user typed). Answer lines are never shortened: they are split.
import { safeCut } from './safe-cut.ts';

export function shorten(text: string, max: number, atom?: RegExp): string {
  if (text.length <= max) return text;
  return `${text.slice(0, safeCut(text, max - 1, atom))}…`;
}
