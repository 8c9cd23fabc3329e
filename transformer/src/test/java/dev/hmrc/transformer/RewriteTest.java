package dev.hmrc.transformer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rewrite of docs/module-format.md on a small input: the exact text of the rewritten body, and the record. */
class RewriteTest {
    /** Staging: some cases have decorators (a staging proposal in GraalJS 25). */
    private final ModuleTransformer transformer = new ModuleTransformer(TransformOptions.defaults(), JsLanguage.STAGING);

    /** The output between the wrapper prefix (ends with the second {@code yield;}) and the suffix. */
    private String body(String source) throws ModuleSyntaxError {
        String code = transformer.transform(source, "m.mjs").code();
        int start = code.indexOf("]);yield;") + "]);yield;".length();
        int end = code.lastIndexOf("\n}}).execute\n//# hmrc-record=");
        return code.substring(start, end);
    }

    private ModuleRecord record(String source) throws ModuleSyntaxError {
        return transformer.transform(source, "m.mjs").record();
    }

    @Test
    void importsAreBlankedKeepingLines() throws Exception {
        assertEquals(";\n\nx", body("import {a,\n b} from 'x';\nx"));
        assertEquals(";\n", body("import 'side-effect'\n;"));
    }

    @Test
    void readsGoThroughTheHolder() throws Exception {
        assertEquals("; $$hi0() + $$hi1();", body("import a, {b} from 'x'; a + b;"));
        assertEquals("; $$hi0()(1); $$hi0().p; $$hi0()?.p; $$hi0()`t`;", body("import f from 'x'; f(1); f.p; f?.p; f`t`;"));
    }

    @Test
    void namespaceImportsReadThroughTheHolderToo() throws Exception {
        assertEquals("; $$hi0()[k]; $$hi0(); typeof $$hi0();", body("import * as ns from 'x'; ns[k]; ns; typeof ns;"));
    }

    @Test
    void staticNamespaceMembersGetTheirOwnSlots() throws Exception {
        assertEquals("; $$hi1() + $$hi2() + $$hi1() + $$hi2();",
                body("import * as ns from 'x'; ns.a + ns[\"b\"] + ns?.a + ns . b;"));
        assertEquals("; $$hcall.call($$hi1(),$$hi0(),$$hi0()[k]); $$hcall.call($$hi1(),$$hi0());",
                body("import * as ns from 'x'; ns.f(ns[k]); ns.f();"));
        assertEquals("; new ($$hi1())(); new ($$hi1()).B(); new ($$hi1());",
                body("import * as ns from 'x'; new ns.A(); new ns.A.B(); new ns.A;"));
    }

    @Test
    void namespaceMembersThatAreWrittenOrNotPlainCallsStayOnTheNamespace() throws Exception {
        assertEquals("; $$hi0().a = 1; delete $$hi0().a; $$hi0().a++; [$$hi0().a] = [];",
                body("import * as ns from 'x'; ns.a = 1; delete ns.a; ns.a++; [ns.a] = [];"));
        assertEquals("; $$hi0().f?.(); ($$hi0().f)(); ($$hi0()).f; $$hi0().f`t`;",
                body("import * as ns from 'x'; ns.f?.(); (ns.f)(); (ns).f; ns.f`t`;"));
    }

    @Test
    void namespaceMembersAreRecordedInFirstUseOrder() throws Exception {
        ModuleRecord r = new ModuleTransformer().transform(
                "import * as ns from 'x'; import {q} from 'y'; import * as o from 'z'; o.b; ns.a; o.b(); ns['a'];",
                "m.mjs").record();
        assertEquals(List.of(new ModuleRecord.NamespaceMember(2, "b"), new ModuleRecord.NamespaceMember(0, "a")),
                r.namespaceMembers());
        assertEquals(5, r.holderSize());
    }

    @Test
    void newCalleeIsParenthesised() throws Exception {
        assertEquals("; new ($$hi0())(); new ($$hi0()).B(); new ($$hi0()); new ($$hi0())`t`;",
                body("import A from 'x'; new A(); new A.B(); new A; new A`t`;"));
    }

    @Test
    void parenthesisedReferencesKeepTheirParentheses() throws Exception {
        assertEquals("; class A extends ($$hi0()) {} new (($$hi0()))(); ( /*c*/ $$hi0() ); ($$hro.x) = 1; ($$hmeta).url;",
                body("import x from 'x'; class A extends (x) {} new (x)(); ( /*c*/ x ); (x) = 1; (import.meta).url;"));
    }

    @Test
    void shorthandPropertyGetsAValue() throws Exception {
        assertEquals("; ({x: $$hi0(), y: $$hi0(), [$$hi0()]: 1});", body("import {x} from 'x'; ({x, y: x, [x]: 1});"));
    }

    @Test
    void typeofReadsThroughTheHolder() throws Exception {
        assertEquals("; typeof $$hi0();", body("import {x} from 'x'; typeof x;"));
    }

    @Test
    void writesGoThroughTheTrap() throws Exception {
        assertEquals("; $$hro.x = 1; $$hro.x++; --$$hro.x; $$hro.x **= 2; $$hro.x ??= 3;",
                body("import {x} from 'x'; x = 1; x++; --x; x **= 2; x ??= 3;"));
        assertEquals("; [$$hro.x, ...$$hro.x] = a; ({x: $$hro.x, k: [$$hro.x = 1], ...$$hro.x} = o); ({x: $$hro.x = 2} = o);",
                body("import {x} from 'x'; [x, ...x] = a; ({x, k: [x = 1], ...x} = o); ({x = 2} = o);"));
        assertEquals("; for ($$hro.x of a); for ($$hro.x in a);", body("import {x} from 'x'; for (x of a); for (x in a);"));
        String code = transformer.transform("import {x} from 'x'; x = 1;", "m.mjs").code();
        assertTrue(code.contains("const $$hro={__proto__:null,get x(){return $$hi0()},set x(_){const x=0;x=_}};"), code);
    }

    @Test
    void defaultsInPatternsStillRead() throws Exception {
        assertEquals("; [y = $$hi0()] = a; let {z = $$hi0()} = o;", body("import {x} from 'x'; [y = x] = a; let {z = x} = o;"));
    }

    @Test
    void shadowingInEveryScopeKind() throws Exception {
        String src = String.join("\n",
                "import {x} from 'x';",
                "function f1(x) { return x; }",
                "function f2({x}, [y = x]) { return x; }",
                "function f3(a = x) { var x; return x; }",
                "function f4() { x; var x = 1; }",
                "{ let x = 1; x; } { const x = 1; x; } { class x {} x; }",
                "try {} catch (x) { x; } try {} catch ({x}) { x; }",
                "for (let x = 0; x < 1; x++) x; for (const x of []) x; for (const x in {}) x;",
                "(function x() { return x; }); (class x { m() { return x; } });",
                "(x => x); ((a, x) => x); (({x}) => x);",
                "switch (1) { case 1: let x = 2; x; }",
                "(function () { x; function x() {} });",
                "x;");
        String expected = String.join("\n",
                ";",
                "function f1(x) { return x; }",
                "function f2({x}, [y = x]) { return x; }",
                "function f3(a = $$hi0()) { var x; return x; }",
                "function f4() { x; var x = 1; }",
                "{ let x = 1; x; } { const x = 1; x; } { class x {} x; }",
                "try {} catch (x) { x; } try {} catch ({x}) { x; }",
                "for (let x = 0; x < 1; x++) x; for (const x of []) x; for (const x in {}) x;",
                "(function x() { return x; }); (class x { m() { return x; } });",
                "(x => x); ((a, x) => x); (({x}) => x);",
                "switch (1) { case 1: let x = 2; x; }",
                "(function () { x; function x() {} });",
                "$$hi0();");
        assertEquals(expected, body(src));
    }

    @Test
    void namesThatAreNotReferencesStay() throws Exception {
        assertEquals("; o.x; o?.x; ({x: 1, x() {}, get x() { return 1; }}); x: for (;;) { break x; }"
                        + " class C { x = 1; #x = 2; x() { return this.#x; } static x; }",
                body("import {x} from 'x'; o.x; o?.x; ({x: 1, x() {}, get x() { return 1; }}); x: for (;;) { break x; }"
                        + " class C { x = 1; #x = 2; x() { return this.#x; } static x; }"));
    }

    @Test
    void classesWithImportsInHeritageKeysFieldsAndStaticBlocks() throws Exception {
        assertEquals("; class C extends $$hi0() { [$$hi0()] = $$hi0(); static { $$hi0(); } m() { return $$hi0(); } }",
                body("import {x} from 'x'; class C extends x { [x] = x; static { x; } m() { return x; } }"));
    }

    @Test
    void templatesAndRegexes() throws Exception {
        assertEquals("; `a${$$hi0()}b${`c${$$hi0()}`}` + /x[/`]/g.source + tag`${$$hi0()}`;",
                body("import {x} from 'x'; `a${x}b${`c${x}`}` + /x[/`]/g.source + tag`${x}`;"));
    }

    @Test
    void importMetaAndDynamicImport() throws Exception {
        assertEquals("$$hmeta.url; $$himport('a'); $$himport('b', {with: {type: 'json'}});",
                body("import.meta.url; import('a'); import('b', {with: {type: 'json'}});"));
        ModuleRecord r = record("import.meta.url; import('a');");
        assertTrue(r.usesImportMeta());
        assertTrue(r.usesDynamicImport());
        assertFalse(record("1;").usesImportMeta());
    }

    @Test
    void moduleLevelArguments() throws Exception {
        assertEquals("$$hargs(); typeof $$hargs(1); (() => $$hargs())(); function f() { return arguments; }",
                body("arguments; typeof arguments; (() => arguments)(); function f() { return arguments; }"));
        assertTrue(transformer.transform("arguments;", "m.mjs").code().contains("const $$hargs=t=>(0,eval)("));
    }

    @Test
    void thisStaysThis() throws Exception {
        assertEquals("this; (() => this)();", body("this; (() => this)();"));
    }

    @Test
    void exportDeclarationsLoseTheKeyword() throws Exception {
        assertEquals(";let a = 1; ;const {b, c: [d]} = o; ;function f() {} ;class C {} ;async function g() {}",
                body("export let a = 1; export const {b, c: [d]} = o; export function f() {} export class C {} export async function g() {}"));
        assertEquals(List.of(new ModuleRecord.LocalExport("a", "a"), new ModuleRecord.LocalExport("b", "b"),
                        new ModuleRecord.LocalExport("d", "d"), new ModuleRecord.LocalExport("f", "f"),
                        new ModuleRecord.LocalExport("C", "C")),
                record("export let a = 1; export const {b, c: [d]} = o; export function f() {} export class C {}").localExports());
    }

    @Test
    void exportDefaultForms() throws Exception {
        assertEquals(";function f() {}", body("export default function f() {}"));
        assertEquals(";class F {}", body("export default class F {}"));
        assertEquals(";function $$hdefault() {}", body("export default function () {}"));
        assertEquals(";async function* $$hdefault() {}", body("export default async function* () {}"));
        assertEquals(";function*$$hdefault(){}", body("export default function*(){}"));
        assertEquals(";const $$hdefault = {default: class { #p; static { } }}.default;", body("export default class { #p; static { } }"));
        assertEquals(";const $$hdefault = 1 + 2;", body("export default 1 + 2;"));
        assertEquals(";const $$hdefault = {default: () => 1}.default;", body("export default () => 1;"));
        assertEquals(";const $$hdefault = {default: (function () {})}.default;", body("export default (function () {});"));
        assertEquals(";const $$hdefault = {default: ((class {}))}.default\n", body("export default ((class {}))\n"));
        assertEquals(";const $$hdefault = (function g() {});", body("export default (function g() {});"));
        assertEquals("; ;const $$hdefault = $$hi0();", body("import x from 'x'; export default x;"));
        String code = transformer.transform("export default function () {}", "m.mjs").code();
        assertTrue(code.contains("({}).constructor.defineProperty($$hdefault,\"name\",{value:\"default\"});"), code);
        assertTrue(code.contains("\"default\":()=>$$hdefault"), code);
        assertTrue(transformer.transform("export default function f() {}", "m.mjs").code().contains("\"default\":()=>f"));
    }

    @Test
    void exportListsAndReExports() throws Exception {
        assertEquals("let a, b; ;", body("let a, b; export {a, b as \"c-d\", a as default};"));
        ModuleRecord r = record("let a, b; export {a, b as \"c-d\", a as default};");
        assertEquals(List.of(new ModuleRecord.LocalExport("a", "a"), new ModuleRecord.LocalExport("c-d", "b"),
                new ModuleRecord.LocalExport("default", "a")), r.localExports());

        ModuleRecord re = record("import {x} from 'a'; import * as ns from 'b'; export {x, ns}; export * from 'c'; "
                + "export * as n2 from 'd'; export {y as z, default as \"w-v\"} from 'a';");
        assertEquals(List.of(new ModuleRecord.LocalExport("ns", "ns")), re.localExports());
        assertEquals(List.of(new ModuleRecord.IndirectExport("x", 0, "x"), new ModuleRecord.IndirectExport("n2", 3, ModuleRecord.NAMESPACE),
                new ModuleRecord.IndirectExport("z", 0, "y"), new ModuleRecord.IndirectExport("w-v", 0, "default")), re.indirectExports());
        assertEquals(List.of(2), re.starExports());
        assertEquals(List.of(new ModuleRecord.ImportBinding(0, "x", "x"), new ModuleRecord.ImportBinding(1, ModuleRecord.NAMESPACE, "ns")),
                re.imports());
        String code = transformer.transform("import * as ns from 'b'; export {ns};", "m.mjs").code();
        assertTrue(code.contains("\"ns\":()=>$$hi0()"), code);
    }

    @Test
    void stringImportNamesAndAttributes() throws Exception {
        ModuleRecord r = record("import {\"a-b\" as y} from 'a'; import j from 'a' with {type: 'json'}; import 'a'; y; j;");
        assertEquals(List.of(new ModuleRecord.ModuleRequest("a", java.util.Map.of()),
                new ModuleRecord.ModuleRequest("a", java.util.Map.of("type", "json"))), r.requests());
        assertEquals(List.of(new ModuleRecord.ImportBinding(0, "a-b", "y"), new ModuleRecord.ImportBinding(1, "default", "j")),
                r.imports());
        assertEquals("; ; ; $$hi0(); $$hi1();",
                body("import {\"a-b\" as y} from 'a'; import j from 'a' with {type: 'json'}; import 'a'; y; j;"));
    }

    @Test
    void topLevelAwaitMakesAnAsyncGenerator() throws Exception {
        assertTrue(transformer.transform("await 1;", "m.mjs").code().startsWith("({async*execute("));
        assertTrue(record("for await (const x of []) ;").async());
        assertTrue(transformer.transform("async function f() { await 1; }", "m.mjs").code().startsWith("({*execute("));
    }

    @Test
    void asiHazardsAroundBlankedStatementsStayStatementBoundaries() throws Exception {
        assertEquals("let a = b\n;\n(c)", body("let a = b\nimport x from 'y'\n(c)"));
    }

    @Test
    void helperPrefixAvoidsTheSourceText() throws Exception {
        String code = transformer.transform("import {x} from 'a'; const $$h = 1, $$h1 = 2; x;", "m.mjs").code();
        assertTrue(code.contains("$$h2i0()"), code);
    }

    @Test
    void hashbangBecomesAComment() throws Exception {
        assertEquals("///usr/bin/env node\nlet a;", body("#!/usr/bin/env node\nlet a;"));
    }

    @Test
    void usingAsAnIdentifierIsFine() throws Exception {
        assertEquals("let using = 1; using;", body("let using = 1; using;"));
    }

    @Test
    void escapedIdentifierReferenceIsRewritten() throws Exception {
        assertEquals("; $$hi0();", body("import {x} from 'x'; \\u0078;"));
    }

    @Test
    void decoratorsContainingARewriteAreParenthesised() throws Exception {
        assertEquals("; @($$hi0().y) class A {}", body("import {x} from 'x'; @x.y class A {}"));
    }

    @Test
    void everyLineKeepsItsNumber() throws Exception {
        String src = "import {\n a,\n b\n} from 'x'\nexport {\n a as c\n}\nexport default\n function () {\n}\n/* c\n */ a;\n";
        String code = transformer.transform(src, "m.mjs").code();
        String[] in = src.split("\n", -1);
        String[] out = code.split("\n", -1);
        assertEquals(in.length + 3, out.length, code);
        assertTrue(out[11].endsWith(" $$hi0();"), out[11]);
    }
}
