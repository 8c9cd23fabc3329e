// The renderer of the ssr-pool example: SsrPool.java calls render(path, requestNumber) on the
// next runtime of its pool for every page. `catalog` is a Java object (its @HostAccess.Export
// methods are callable), `siteName` a Java value Java may replace (a live binding).
// Edit this file or layout.mjs while the server runs: the next pages use the new code.
import { catalog, siteName } from "java:shop";
import { page } from "./layout.mjs";

export function render(path, requestNumber) {
  const rows = [];
  for (let i = 0; i < catalog.size(); i++) {
    rows.push(`<li>${catalog.name(i)}: ${catalog.price(i)}</li>`);
  }
  return page(siteName, `<p>${path}</p>\n<ul>\n${rows.join("\n")}\n</ul>`, requestNumber);
}

import.meta.hot?.accept();
