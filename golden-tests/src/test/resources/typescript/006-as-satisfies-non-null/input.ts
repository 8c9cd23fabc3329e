// "as", "satisfies" and the non-null "!" are erased; "as const" too.
const input = JSON.parse("[1, 2]") as unknown as number[];
const config = { port: 8080, host: "localhost" } satisfies Record<string, string | number>;
const modes = ["a", "b"] as const;
const first = input[0]!;
const el = (globalThis as any).document?.body!.firstChild;
const chained = (config as { port: number }).port!.toFixed(0)!;
export { input, config, modes, first, el, chained };
