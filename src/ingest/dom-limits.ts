// How big and how deep a page may be for the reader (parse-html.ts enforces them), apart from the parser itself: the
// bot's main thread sets the budget for the extraction worker without loading linkedom, which only the worker uses.

export interface DomLimits {
  /** Elements on the page; real article pages have a few thousand. */
  readonly maxElements: number;
  /** Nesting depth; real article pages stay under ~60. */
  readonly maxDepth: number;
}

export const DEFAULT_DOM_LIMITS: DomLimits = { maxElements: 100_000, maxDepth: 400 };
