package dev.hmrc.transformer;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Transformed modules run through a protocol-following test linker print exactly
 * what the original modules print when GraalJS runs them natively.
 */
class ExecutionTest {

    private static Map<String, String> modules(String... nameThenSource) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSource.length; i += 2) {
            map.put(nameThenSource[i], nameThenSource[i + 1]);
        }
        return map;
    }

    /** Runs main.mjs both ways; both must print {@code expected}. */
    private static void assertRunsLikeNative(String expected, Map<String, String> modules) {
        String natively = ModuleHarness.runNatively(modules, "main.mjs");
        String hot;
        try (ModuleHarness harness = new ModuleHarness(modules)) {
            hot = harness.run("main.mjs");
        }
        assertEquals(expected, natively, "native run");
        assertEquals(natively, hot, "transformed run differs from the native run");
    }

    @Test
    void liveBindingsFollowTheExportingModule() {
        assertRunsLikeNative("0\n1\n2\n", modules(
                "counter.mjs", "export let count = 0; export function inc() { count++; }",
                "main.mjs", "import {count, inc} from './counter.mjs'; import * as ns from './counter.mjs';\n"
                        + "console.log(count); inc(); console.log(count); ns.inc(); console.log(ns.count);"));
    }

    @Test
    void aNewExpressionFollowedByABlockOnTheNextLineIsTwoStatements() {
        // fast-uri (a dependency of ajv) has this shape; Nashorn's syntax extensions, left on, read the
        // block as an anonymous class body and reject the module, which GraalJS and Node accept.
        assertRunsLikeNative("4 done\n", modules(
                "main.mjs", "const B = new Array(4)\n{\n  B.fill(0);\n}\nconsole.log(B.length, 'done');"));
    }

    @Test
    void cycleSeesHoistedFunctionsAndTdzForLexicalExports() {
        assertRunsLikeNative("ReferenceError\nf\nReferenceError\ndone 1\n", modules(
                "a.mjs", "import './b.mjs'; export let x = 1; export class K {} export function f() { return 'f'; }",
                "b.mjs", "import {x, f, K} from './a.mjs';\n"
                        + "try { console.log(x); } catch (e) { console.log(e.constructor.name); }\n"
                        + "console.log(f());\n"
                        + "try { console.log(typeof K); } catch (e) { console.log(e.constructor.name); }\n"
                        + "export function later() { return x; }",
                "main.mjs", "import './a.mjs'; import {later} from './b.mjs'; console.log('done', later());"));
    }

    @Test
    void anonymousDefaultExportsAreNamedDefault() {
        assertRunsLikeNative("default default default default default\n", modules(
                "f.mjs", "export default function () {}",
                "c.mjs", "export default class { static m() {} }",
                "a.mjs", "export default () => 1;",
                "p.mjs", "export default (function () {});",
                "g.mjs", "export default async function* () {}",
                "main.mjs", "import f from './f.mjs'; import c from './c.mjs'; import a from './a.mjs';"
                        + " import p from './p.mjs'; import g from './g.mjs';\n"
                        + "console.log(f.name, c.name, a.name, p.name, g.name);"));
    }

    @Test
    void defaultExportOfANameIsASnapshotButExportAsDefaultIsLive() {
        assertRunsLikeNative("1 2 2\n", modules(
                "a.mjs", "export let x = 1; export default x; export {x as live}; x = 2;",
                "main.mjs", "import d, {x, live} from './a.mjs'; console.log(d, x, live);"));
    }

    @Test
    void assigningToAnImportThrowsTypeErrorAfterTheRightHandSide() {
        assertRunsLikeNative("rhs\ntrue\ntrue\ntrue\n1\n", modules(
                "a.mjs", "export let x = 1;",
                "main.mjs", "import {x} from './a.mjs';\n"
                        + "try { x = (console.log('rhs'), 2); } catch (e) { console.log(e instanceof TypeError); }\n"
                        + "try { x++; } catch (e) { console.log(e instanceof TypeError); }\n"
                        + "try { [x] = [3]; } catch (e) { console.log(e instanceof TypeError); }\n"
                        + "console.log(x);"));
    }

    @Test
    void assignmentToAnImportGivesTheEnginesOwnMessage() {
        assertRunsLikeNative("TypeError: Assignment to constant \"x\"\n", modules(
                "a.mjs", "export let x = 1;",
                "main.mjs", "import {x} from './a.mjs'; try { x += 1; } catch (e) { console.log(e.name + ': ' + e.message); }"));
    }

    @Test
    void helpersDoNotDependOnGlobalsTheModuleCanShadow() {
        assertRunsLikeNative("default\nTypeError\n", modules(
                "f.mjs", "const Object = 1, TypeError = 2, globalThis = 3, ReferenceError = 4; export default function () {}",
                "main.mjs", "import f from './f.mjs'; import * as m from './f.mjs'; console.log(f.name);\n"
                        + "class TypeError extends Error {}\n"
                        + "try { f = 1; } catch (e) { console.log(e.constructor.name); }"));
    }

    @Test
    void jsonModulesExportTheirValueAsDefault() {
        try (ModuleHarness harness = new ModuleHarness(modules(
                "d.json", "{\"a\": [1, 2],\n \"__proto__\": {\"own\": true}}",
                "main.mjs", "import d from './d.json' with {type: 'json'};\n"
                        + "console.log(d.a.join(), Object.keys(d).join(), Object.getPrototypeOf(d) === Object.prototype);"))) {
            assertEquals("1,2 a,__proto__ true\n", harness.run("main.mjs"));
        }
    }

    @Test
    void theWrapperIsInvisible() {
        assertRunsLikeNative("true\nundefined\nReferenceError\ntrue\nfunction\n", modules(
                "main.mjs", "console.log(this === undefined);\n"
                        + "console.log((() => this)());\n"
                        + "try { undeclaredVariable = 1; } catch (e) { console.log(e.constructor.name); }\n"
                        + "console.log((function () { return this; })() === undefined);\n"
                        + "function hoisted() {} console.log(typeof hoisted);"));
    }

    /**
     * Not compared natively: GraalJS 25 gives module code its own arguments object, where
     * ECMA-262 makes a top-level {@code arguments} a reference to the global one.
     */
    @Test
    void topLevelArgumentsIsTheGlobalReference() {
        try (ModuleHarness harness = new ModuleHarness(modules("main.mjs",
                "delete globalThis.arguments; // GraalJS defines a global arguments (the launcher's argv)\n"
                        + "console.log(typeof arguments, (() => typeof arguments)());\n"
                        + "try { arguments; } catch (e) { console.log(e.constructor.name); }\n"
                        + "globalThis.arguments = 7; console.log(arguments);\n"
                        + "console.log(function () { return arguments.length; }(1, 2));"))) {
            assertEquals("undefined undefined\nReferenceError\n7\n2\n", harness.run("main.mjs"));
        }
    }

    @Test
    void asyncModulesAreAwaitedByTheirImporters() {
        assertRunsLikeNative("a start\na end\nmain 1\n", modules(
                "a.mjs", "export let v = 0; console.log('a start'); await null; v = 1; console.log('a end');",
                "main.mjs", "import {v} from './a.mjs'; console.log('main', v);"));
    }

    @Test
    void reExportsNamespacesAndStringNames() {
        assertRunsLikeNative("a,b,c-d,default,ns\n1 2 3\nModule\n", modules(
                "a.mjs", "export const a = 1; export const b = 2; const c = 3; export {c as \"c-d\"}; export default 9;",
                "b.mjs", "export * from './a.mjs'; export * as ns from './a.mjs'; import {\"c-d\" as c} from './a.mjs';"
                        + " export {c as default};",
                "main.mjs", "import * as m from './b.mjs'; import {\"c-d\" as cd, a, b} from './b.mjs';\n"
                        + "console.log(Object.keys(m).join());\nconsole.log(a, b, cd);\n"
                        + "console.log(m.ns[Symbol.toStringTag]);"));
    }

    @Test
    void importsInEveryExpressionPosition() {
        assertRunsLikeNative("{\"x\":1} number 1 K 5 t1 x1 true 2\n", modules(
                "a.mjs", "export const x = 1; export class K { constructor() { this.n = 'K'; } }"
                        + " export const tag = (s, v) => s[0] + v; export const o = {f() { return this === o; }};",
                "main.mjs", "import {x, K, tag, o} from './a.mjs';\n"
                        + "class L extends K { get n2() { return this.n; } }\n"
                        + "const {y = x} = {};\n"
                        + "console.log(JSON.stringify({x}), typeof x, y, new L().n2, [x, x, x].length + 2 * x,"
                        + " tag`t${x}`, `x${x}`, o.f(), (() => { let x = 2; return x; })());"));
    }

    @Test
    void dynamicImportWithOptionsAndImportMeta() {
        assertRunsLikeNative("object\n42\n", modules(
                "a.mjs", "export default 42;",
                "main.mjs", "console.log(typeof import.meta);\n"
                        + "const m = await import('./a.mjs', {with: {}}); console.log(m.default);"));
    }

    @Test
    void classesWithPrivateNamesStaticBlocksAndGenerators() {
        assertRunsLikeNative("3 true 1,2 s\n", modules(
                "a.mjs", "export const base = 1;",
                "main.mjs", "import {base} from './a.mjs';\n"
                        + "class C { #p = base + 2; static s; static { C.s = 's'; } get p() { return this.#p; }"
                        + " static has(o) { return #p in o; } *g() { yield base; yield base + 1; } }\n"
                        + "const c = new C(); console.log(c.p, C.has(c), [...c.g()].join(), C.s);"));
    }

    @Test
    void relinkingMakesOldImportersSeeTheNewExports() {
        Map<String, String> graph = modules(
                "dep.mjs", "export const value = 'v1';",
                "main.mjs", "import {value} from './dep.mjs'; export function read() { return value; }");
        try (ModuleHarness harness = new ModuleHarness(graph)) {
            harness.run("main.mjs");
            Value read = harness.linker().getMember("accessors").execute("main.mjs").getMember("read").execute();
            assertEquals("v1", read.execute().asString());
            harness.linker().getMember("reload").execute("dep.mjs",
                    harness.definition("dep.mjs", "export const value = 'v2';"));
            assertEquals("v2", read.execute().asString(), "the same function reads through the relinked holder");
        }
    }

    @Test
    void namespaceMemberReadsAndCallsActAsOnTheNamespace() {
        assertRunsLikeNative("ReferenceError ReferenceError args not run\n"
                + "1 1 1 undefined undefined\ntrue true true\nK 2 function\nargs ran TypeError TypeError\n",
                modules(
                "lib.mjs", "import {check} from './early.mjs'; export const one = 1;\n"
                        + "export function self() { return this; }\n"
                        + "export class K { constructor(v) { this.v = v; } } export let late = 0; check();",
                "early.mjs", "import * as ns from './lib.mjs';\n"
                        + "let tdz = [];\n"
                        + "try { ns.late; } catch (e) { tdz.push(e.constructor.name); }\n"
                        + "try { ns.K(tdz.push('args ran')); } catch (e) { tdz.push(e.constructor.name); }\n"
                        + "console.log(tdz.join(' '), tdz.includes('args ran') ? '' : 'args not run');\n"
                        + "export function check() {\n"
                        + "  console.log(ns.one, ns['one'], ns?.one, ns.missing, typeof ns.missing);\n"
                        + "  console.log(ns.self() === ns, ns['self']() === ns, ns?.self() === ns);\n"
                        + "  console.log(new ns.K(2).constructor.name, new ns.K(2).v, typeof ns.K);\n"
                        + "  let order = [];\n"
                        + "  try { ns.missing(order.push('args ran')); } catch (e) { order.push(e.constructor.name); }\n"
                        + "  try { ns.one = 2; } catch (e) { order.push(e.constructor.name); }\n"
                        + "  console.log(order.join(' '));\n"
                        + "}",
                "main.mjs", "import './lib.mjs';"));
    }

    @Test
    void relinkingRebindsNamespaceMemberReadsIncludingNamesThatWereMissing() {
        Map<String, String> graph = modules(
                "dep.mjs", "export const value = 'v1';",
                "main.mjs", "import * as ns from './dep.mjs'; export function read() { return ns.value + ' ' + ns.added; }");
        try (ModuleHarness harness = new ModuleHarness(graph)) {
            harness.run("main.mjs");
            Value read = harness.linker().getMember("accessors").execute("main.mjs").getMember("read").execute();
            assertEquals("v1 undefined", read.execute().asString());
            harness.linker().getMember("reload").execute("dep.mjs",
                    harness.definition("dep.mjs", "export const value = 'v2'; export const added = 'a';"));
            assertEquals("v2 a", read.execute().asString(), "the member slots were relinked with the holder");
        }
    }

    @Test
    void reExecutingGivesAFreshInstanceWithoutParsingAgain() {
        Map<String, String> graph = modules("main.mjs", "export let n = 0; n++; console.log('run', n);");
        try (ModuleHarness harness = new ModuleHarness(graph)) {
            harness.run("main.mjs");
            harness.linker().getMember("reload").execute("main.mjs", harness.definition("main.mjs",
                    "export let n = 0; n++; console.log('run', n);"));
            assertEquals("run 1\nrun 1\n", harness.output());
        }
    }
}
