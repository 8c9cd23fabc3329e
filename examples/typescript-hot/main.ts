// A TypeScript program that keeps state while its code changes: run it with
//   bin/hmrc run --import hmr/register examples/typescript-hot/main.ts
// and edit render.ts (or inventory.ts) while it runs. No build step: hmrc strips the types
// as it loads each file, keeping every line and column, so stack traces point at the .ts.
/// <reference path="../../types/hmr.d.ts" />
import { render, type Report } from './render.ts';
import { inventory } from './inventory.js'; // TypeScript's convention: ./inventory.js is inventory.ts

const seconds: number = Number(globalThis.arguments?.[0] ?? 30);
const started = Date.now();
const timer = setInterval((): void => {
  inventory.restock('widget', 2);
  const report: Report = { items: inventory.snapshot(), at: Date.now() - started };
  console.log(render(report));
  if (report.at >= seconds * 1000) clearInterval(timer);
}, 1000);
