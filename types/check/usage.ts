// Sample use of import.meta.hot, type-checked by HotTypesTest against ../hmr.d.ts
// (tsc --noEmit -p types/check). Lines under @ts-expect-error must be type errors: if one
// type-checks, tsc fails, so the check also proves the types reject misuse.
import type { HotUpdatePayload, ImportMetaHot, ModuleNamespace } from "../hmr";

declare const console: { log(...values: unknown[]): void };

export let count = 0;

// import.meta.hot may be undefined (no hmr/register, or an ignored file).
const maybe: ImportMetaHot | undefined = import.meta.hot;
// @ts-expect-error -- possibly undefined under strict null checks
import.meta.hot.accept();

if (import.meta.hot) {
    const hot = import.meta.hot;

    // data: what the previous version's dispose put there.
    const previous: number = hot.data.count ?? 0;
    count = previous + 1;
    hot.dispose((data) => {
        data.count = count;
    });
    hot.dispose(async (data) => {
        await Promise.resolve();
        data.closedAt = Date.now();
    });
    hot.prune((data) => console.log("removed", Object.keys(data)));

    // accept: self, self with callback, one dependency, several.
    hot.accept();
    hot.accept((mod) => console.log("new version", mod.count));
    hot.accept("./dep.mjs", (mod: ModuleNamespace) => console.log(mod.greet()));
    hot.accept("./dep.mjs");
    hot.accept(["./a.mjs", "./b.mjs"], ([a, b]) => console.log(a?.name, b?.name));
    hot.accept(["./a.mjs"] as const, async (mods) => {
        const first: ModuleNamespace | undefined = mods[0];
        console.log(first);
    });
    // @ts-expect-error -- a dependency is a string
    hot.accept(42, () => {});
    // @ts-expect-error -- the callback of an array gets an array
    hot.accept(["./a.mjs"], (mod: ModuleNamespace) => console.log(mod.name));

    hot.decline();
    hot.invalidate();
    hot.invalidate("needs a restart");
    // @ts-expect-error -- the message is a string
    hot.invalidate(42);

    // Events under hmr:, vite: and bun:, with their payloads.
    const afterUpdate = (payload: HotUpdatePayload) => {
        for (const update of payload.updates) {
            const kind: "js-update" = update.type;
            console.log(kind, update.path, update.acceptedPath, update.timestamp.toFixed(0));
        }
    };
    hot.on("hmr:afterUpdate", afterUpdate);
    hot.off("hmr:afterUpdate", afterUpdate);
    hot.on("vite:beforeUpdate", (payload) => console.log(payload.type === "update", payload.updates.length));
    hot.on("bun:beforeFullReload", (payload) => console.log(payload.type, payload.reason.length));
    hot.on("hmr:beforePrune", (payload) => console.log(payload.paths.join(", ")));
    hot.on("vite:invalidate", (payload) => console.log(payload.path, payload.message ?? "(no message)"));
    hot.on("hmr:error", (payload) => console.log(payload.message, payload.err instanceof Error));
    hot.on("hmr:message", (line) => console.log(line.startsWith("[hot] ")));
    hot.on("hmr:afterUpdate", async () => {
        await Promise.resolve();
    });
    // @ts-expect-error -- an update payload has no reason
    hot.on("hmr:afterUpdate", (payload) => console.log(payload.reason));
    // @ts-expect-error -- a prune payload's paths are strings
    hot.on("vite:beforePrune", (payload) => payload.paths.map((p: number) => p + 1));

    // Custom events: send is a local event; payloads are untyped unless declared.
    hot.on("my:ping", (data) => console.log(data.n));
    hot.send("my:ping", { n: 1 });
}
console.log(maybe === undefined);
