// Runs WPT's URL test data the way WPT's own url-constructor, url-origin, url-setters,
// toascii and IdnaTestV2 tests do, and prints one line per suite:
// "<suite>: N passed, M failed", then each failure (hmrc's own harness; the data is WPT's).
import urltestdata from "./urltestdata.json" with { type: "json" };
import javascriptOnly from "./urltestdata-javascript-only.json" with { type: "json" };
import setters from "./setters_tests.json" with { type: "json" };
import toascii from "./toascii.json" with { type: "json" };
import idna from "./IdnaTestV2.json" with { type: "json" };

const components = ["href", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"];

function suite(name, cases, check) {
  let passed = 0;
  const failures = [];
  for (const c of cases) {
    if (typeof c === "string") continue; // a comment
    try {
      const problem = check(c);
      if (problem === undefined) passed++;
      else failures.push(problem);
    } catch (error) {
      failures.push(`${JSON.stringify(c)}: threw ${error}`);
    }
  }
  console.log(`${name}: ${passed} passed, ${failures.length} failed`);
  for (const f of failures) console.log(`  FAIL ${f}`);
}

const parse = (c) => c.base === null ? new URL(c.input) : new URL(c.input, c.base);

function constructorCase(c) {
  if (c.failure) {
    try {
      parse(c);
    } catch (e) {
      if (!(e instanceof TypeError)) return `${JSON.stringify(c.input)}: threw ${e}, not a TypeError`;
      if (URL.canParse(c.input, c.base ?? undefined)) return `${JSON.stringify(c.input)}: canParse is true`;
      return undefined;
    }
    return `${JSON.stringify(c.input)} (base ${JSON.stringify(c.base)}): parsed, expected failure`;
  }
  const url = parse(c);
  for (const key of components) {
    if (url[key] !== c[key]) return `${JSON.stringify(c.input)} (base ${JSON.stringify(c.base)}): ${key} is ${JSON.stringify(url[key])}, expected ${JSON.stringify(c[key])}`;
  }
  if ("searchParams" in c && url.searchParams.toString() !== c.searchParams) {
    return `${JSON.stringify(c.input)}: searchParams ${url.searchParams}, expected ${c.searchParams}`;
  }
  if (!URL.canParse(c.input, c.base ?? undefined)) return `${JSON.stringify(c.input)}: canParse is false`;
  return undefined;
}

function originCase(c) {
  const url = parse(c);
  return url.origin === c.origin ? undefined
    : `${JSON.stringify(c.input)} (base ${JSON.stringify(c.base)}): origin ${JSON.stringify(url.origin)}, expected ${JSON.stringify(c.origin)}`;
}

suite("urltestdata.json (URL constructor)", urltestdata, constructorCase);
suite("urltestdata.json (origin)", urltestdata.filter((c) => typeof c === "object" && "origin" in c), originCase);
suite("urltestdata-javascript-only.json", javascriptOnly, constructorCase);

const setterCases = [];
for (const attribute of Object.keys(setters)) {
  if (attribute === "comment") continue;
  for (const c of setters[attribute]) setterCases.push({ attribute, ...c });
}
suite("setters_tests.json", setterCases, (c) => {
  const url = new URL(c.href);
  url[c.attribute] = c.new_value;
  for (const [key, value] of Object.entries(c.expected)) {
    if (url[key] !== value) return `${c.href} .${c.attribute} = ${JSON.stringify(c.new_value)}: ${key} is ${JSON.stringify(url[key])}, expected ${JSON.stringify(value)}`;
  }
  return undefined;
});

suite("toascii.json", toascii, (c) => {
  if (c.output === null) {
    try { new URL(`https://${c.input}/x`); } catch (e) { if (e instanceof TypeError) return checkToasciiSetters(c); throw e; }
    return `${JSON.stringify(c.input)}: parsed, expected failure`;
  }
  const url = new URL(`https://${c.input}/x`);
  if (url.host !== c.output || url.hostname !== c.output || url.pathname !== "/x" || url.href !== `https://${c.output}/x`) {
    return `${JSON.stringify(c.input)}: host ${JSON.stringify(url.host)}, expected ${JSON.stringify(c.output)}`;
  }
  return checkToasciiSetters(c);
});
function checkToasciiSetters(c) {
  for (const attribute of ["host", "hostname"]) {
    const url = new URL("https://x/x");
    url[attribute] = c.input;
    const expected = c.output ?? "x";
    if (url[attribute] !== expected) return `${JSON.stringify(c.input)}: .${attribute} setter gave ${JSON.stringify(url[attribute])}, expected ${JSON.stringify(expected)}`;
  }
  return undefined;
}

suite("IdnaTestV2.json", idna.filter((c) => typeof c === "string" || c.input !== ""), (c) => {
  if (c.output === null) {
    try { new URL(`https://${c.input}/x`); } catch (e) { if (e instanceof TypeError) return undefined; throw e; }
    return `${JSON.stringify(c.input)}: parsed, expected failure`;
  }
  const url = new URL(`https://${c.input}/x`);
  if (url.host !== c.output || url.hostname !== c.output || url.pathname !== "/x" || url.href !== `https://${c.output}/x`) {
    return `${JSON.stringify(c.input)}: host ${JSON.stringify(url.host)}, expected ${JSON.stringify(c.output)}`;
  }
  return undefined;
});
