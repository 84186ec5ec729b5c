// Index terms as dense integer ids: postings and fact documents hold numbers, not strings.

export class TermTable {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  /** The id of a term, assigning the next one if new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }

  /** The id of a known term, or undefined: looking up never grows the table. */
  find(term: string): number | undefined {
    return this.ids.get(term);
  }
}
