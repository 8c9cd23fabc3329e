// The in-memory state of the http-counter example. Nothing imports this module's state
// again when routes.mjs changes, so it lives on; if this file itself is edited, the counts
// are handed to its new version through import.meta.hot.data.
const hits = import.meta.hot?.data.hits ?? new Map();

export function bump(name) {
  const next = (hits.get(name) ?? 0) + 1;
  hits.set(name, next);
  return next;
}

export function counts() {
  return Object.fromEntries(hits);
}

export function reset() {
  hits.clear();
}

import.meta.hot?.dispose((data) => {
  data.hits = hits;
});
