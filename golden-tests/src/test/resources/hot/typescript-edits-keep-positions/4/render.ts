import type { Visit } from './no-such-file.ts';
import { type Style, bold } from './style.ts';
interface Extra { readonly note?: string }
const limit: number = 1; if ((limit as number) > 0) throw new RangeError(`over ${limit satisfies number}`);
export function render<V extends Visit>(visit: V, extra?: Extra): string {
  return `${style.prefix} ${bold(visit.name)} now has ${visit.hits as number} hits`;
}
