// State that survives its own updates: dispose() hands the counts to the next version.
type Counts = Map<string, number>;

class Inventory {
  private readonly counts: Counts;
  constructor(initial?: Counts) {
    this.counts = new Map(initial);
  }
  restock(name: string, amount: number = 1): this {
    this.counts.set(name, (this.counts.get(name) ?? 0) + amount);
    return this;
  }
  snapshot(): ReadonlyMap<string, number> {
    return new Map(this.counts);
  }
}

export const inventory = new Inventory(import.meta.hot?.data.counts as Counts | undefined);

import.meta.hot?.dispose((data: { counts?: Counts }) => {
  data.counts = new Map(inventory.snapshot());
});
import.meta.hot?.accept();
