import type { Visit } from './types.ts';
import { type Style, bold } from './style.ts';
const style: Style = { prefix: '>>' };
export function render(visit: Visit): string {
  return `${style.prefix} ${bold(visit.name)} now has ${visit.hits as number} hits`;
}
