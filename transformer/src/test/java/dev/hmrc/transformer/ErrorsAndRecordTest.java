package dev.hmrc.transformer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Syntax errors with positions and frames; JSON modules; the record's JSON form. */
class ErrorsAndRecordTest {
    private final ModuleTransformer transformer = new ModuleTransformer();

    @Test
    void syntaxErrorHasPositionReasonAndFrame() {
        ModuleSyntaxError e = assertThrows(ModuleSyntaxError.class,
                () -> transformer.transform("let a = 1;\nlet b = ;\nlet c;\n", "src/m.mjs"));
        assertEquals("src/m.mjs", e.sourceName());
        assertEquals(2, e.line());
        assertEquals(9, e.column());
        assertEquals("Expected an operand but found ;", e.reason());
        assertEquals("  1 | let a = 1;\n> 2 | let b = ;\n    |         ^\n  3 | let c;", e.codeFrame());
        assertEquals("SyntaxError: Expected an operand but found ; (src/m.mjs:2:9)\n" + e.codeFrame(), e.getMessage());
    }

    @Test
    void usingDeclarationsAreReportedAsSyntaxErrors() {
        ModuleSyntaxError e = assertThrows(ModuleSyntaxError.class,
                () -> transformer.transform("\n  using x = y;", "u.mjs"));
        assertEquals(2, e.line());
        assertEquals(9, e.column());
    }

    @Test
    void parseOnlyRejectsTheSameInput() {
        assertThrows(ModuleSyntaxError.class, () -> ModuleTransformer.parseOnly("export default default;", "m.mjs"));
        assertThrows(ModuleSyntaxError.class, () -> transformer.transform("delete x;", "m.mjs"), "strict mode");
        assertThrows(ModuleSyntaxError.class, () -> transformer.transform("import {x} from 'a'; let x;", "m.mjs"));
    }

    @Test
    void jsonModuleKeepsItsLinesAndProtoKeys() throws Exception {
        TransformResult r = transformer.transformJson("{\n  \"a\": [1, 2.5e3, true, null],\n  \"__proto__\": {\"b\": \"\\u0041\"}\n}\n", "d.json");
        String[] lines = r.code().split("\n", -1);
        assertTrue(lines[0].endsWith("const $$hdefault={"), lines[0]);
        assertEquals("  \"a\": [1, 2.5e3, true, null],", lines[1]);
        assertEquals("  [\"__proto__\"]: {\"b\": \"\\u0041\"}", lines[2]);
        assertEquals("}", lines[3]);
        assertEquals(";", lines[4]);
        assertEquals(List.of(new ModuleRecord.LocalExport("default", "*default*")), r.record().localExports());
        assertTrue(r.record().imports().isEmpty());
    }

    @Test
    void invalidJsonIsASyntaxErrorWithPosition() {
        ModuleSyntaxError e = assertThrows(ModuleSyntaxError.class, () -> transformer.transformJson("{\n \"a\": 1,\n}", "d.json"));
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertThrows(ModuleSyntaxError.class, () -> transformer.transformJson("[1, 2] x", "d.json"));
        assertThrows(ModuleSyntaxError.class, () -> transformer.transformJson("{'a': 1}", "d.json"));
        assertThrows(ModuleSyntaxError.class, () -> transformer.transformJson("01", "d.json"));
    }

    @Test
    void recordRoundTripsThroughJson() throws Exception {
        ModuleRecord r = transformer.transform("import a, * as ns from './a.js'; import j from './j.json' with {type: 'json'};"
                + " export {a as \"x\\ny\"}; export * from 'b'; export let q = import.meta; await import('c');", "m.mjs").record();
        String json = r.toJson();
        assertEquals(r, ModuleRecord.fromJson(json));
        assertTrue(r.async());
        assertEquals(Map.of("type", "json"), r.requests().get(1).attributes());
        String code = transformer.transform("import a from './a.js'; a;", "m.mjs").code();
        String line = code.substring(code.lastIndexOf("//# hmrc-record=") + "//# hmrc-record=".length()).trim();
        assertEquals(transformer.transform("import a from './a.js'; a;", "m.mjs").record(), ModuleRecord.fromJson(line));
        assertThrows(IllegalArgumentException.class, () -> ModuleRecord.fromJson("[1]"));
    }

    @Test
    void outputIsDeterministic() throws Exception {
        String src = "import {x} from 'a'; export default () => x; x = 1;";
        assertEquals(transformer.transform(src, "m.mjs"), transformer.transform(src, "m.mjs"));
    }
}
