// Type arguments of calls, constructors, tagged templates, and instantiation expressions.
const m = new Map<string, Array<number>>();
const s = new Set<number>;
const parsed = JSON.parse<any>;
function tag<T>(strings: TemplateStringsArray, ...values: T[]) { return strings.raw.join("|") + values.length; }
const t = tag<number>`a${1}b`;
const f = Array.from<number>([1, 2]).map<string>(String);
const lt = m.size < 2, gt = m.size > 1, both = (m.size < 1) > (m.size > 2);
const shifted = 1 << 2 >> 1 >>> 0, cmp = m.size >= 0 && m.size <= 9;
export { m, s, parsed, t, f, lt, gt, both, shifted, cmp };
