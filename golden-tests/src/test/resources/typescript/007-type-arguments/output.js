// Type arguments of calls, constructors, tagged templates, and instantiation expressions.
const m = new Map                       ();
const s = new Set        ;
const parsed = JSON.parse     ;
function tag   (strings                      , ...values     ) { return strings.raw.join("|") + values.length; }
const t = tag        `a${1}b`;
const f = Array.from        ([1, 2]).map        (String);
const lt = m.size < 2, gt = m.size > 1, both = (m.size < 1) > (m.size > 2);
const shifted = 1 << 2 >> 1 >>> 0, cmp = m.size >= 0 && m.size <= 9;
export { m, s, parsed, t, f, lt, gt, both, shifted, cmp };
