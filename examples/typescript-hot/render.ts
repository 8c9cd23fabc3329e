// Accepts its own updates: an edit re-runs only this module; main.ts calls the new render()
// through its live import binding.
export interface Report {
  readonly items: ReadonlyMap<string, number>;
  at: number;
}

export function render(report: Report): string {
  const parts: string[] = [...report.items].map(([name, count]) => `${name}=${count}`);
  return `stock ${parts.join(', ')}`;
}

import.meta.hot?.accept();
