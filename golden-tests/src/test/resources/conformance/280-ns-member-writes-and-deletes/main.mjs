// writing or deleting a namespace member throws TypeError after the right side ran; the binding is unchanged
import * as ns from './lib.mjs';
const log = [];
const rhs = (v) => { log.push('rhs'); return v; };
for (const [label, write] of [
  ['=', () => { ns.value = rhs(2); }],
  ['[]=', () => { ns['value'] = rhs(2); }],
  ['+=', () => { ns.value += rhs(2); }],
  ['??=', () => { ns.value ??= rhs(2); }],
  ['||=', () => { ns.value ||= rhs(2); }],
  ['&&=', () => { ns.value &&= rhs(2); }],
  ['++', () => { ns.value++; }],
  ['destructure', () => { [ns.value] = [rhs(2)]; }],
  ['object pattern', () => { ({ v: ns.value } = { v: rhs(2) }); }],
  ['for-of', () => { for (ns.value of [rhs(2)]); }],
  ['new member', () => { ns.added = rhs(2); }],
  ['delete', () => { delete ns.value; }],
  ['delete index', () => { delete ns['value']; }],
]) {
  log.length = 0;
  try { write(); console.log(label, 'no error'); } catch (e) { console.log(label, e.constructor.name, log.join() || '-'); }
}
console.log('value', ns.value, 'delete missing', delete ns.missing, 'added', ns.added);
