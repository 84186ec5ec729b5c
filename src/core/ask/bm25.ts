// BM25 constants, shared by the index (which precomputes each sentence's length norm) and the search.

export const K1 = 1.2;
/** Sentences are short and similar in length; a light length penalty keeps long ones from winning by bulk. */
export const B = 0.5;
