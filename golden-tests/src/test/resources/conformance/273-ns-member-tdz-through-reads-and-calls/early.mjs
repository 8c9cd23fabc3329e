import * as ns from './lib.mjs';
const seen = [];
const note = (what) => { seen.push(what); return what; };
for (const [label, read] of [
  ['read', () => ns.value],
  ['index', () => ns['value']],
  ['optional', () => ns?.value],
  ['typeof', () => typeof ns.value],
  ['member of', () => ns.value.toString()],
  ['call', () => ns.arrow(note('call args'))],
  ['optional call', () => ns?.arrow(note('optional call args'))],
  ['new', () => new ns.K(note('new args'))],
  ['template', () => `${ns.value}`],
]) {
  try { console.log(label, read()); } catch (e) { console.log(label, e.constructor.name); }
}
console.log('arguments evaluated:', seen.length);
console.log('hoisted', ns.hoisted(), ns['hoisted']());
console.log('in', 'value' in ns, 'K' in ns);
export function later() {
  console.log('later', ns.value, ns.arrow(), typeof ns.K, ns.hoisted());
}
Promise.resolve().then(later);
