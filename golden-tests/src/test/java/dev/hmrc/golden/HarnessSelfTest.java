package dev.hmrc.golden;

import dev.hmrc.sourcemaps.Mapping;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The golden harness's own pieces can fail: they find what they should and reject what they should. */
class HarnessSelfTest {

    @Test
    void identifiersSkipBlankedDeclarationsStringsCommentsRegexesAndKeywords() {
        String source = """
                import { a as b, "s-t" as c } from "./m.js" with { type: "json" };
                export { b as d } from "./n.js";
                export * as e from "./o.js";
                const f = `${b} x` + "g" /* h */ + /i/.source; // j
                export let k = this?.l.m;
                """;
        assertEquals("[4:6 f, 4:13 b, 4:39 source, 5:11 k, 5:21 l, 5:23 m]",
                SourceIdentifiers.of(source).toString());
    }

    @Test
    void identifierColumnsCountUtf16UnitsAndCrLfEndsALine() {
        assertEquals("[1:8 a, 2:0 b]", SourceIdentifiers.of("\"😀😀\"; a\r\nb").toString());
    }

    @Test
    void mapBackReportsAMissingOrWrongMapping() {
        String input = "let x = y;";
        String output = "let x = $$hi0();";
        List<Mapping> good = List.of(new Mapping(0, 4, "in", 0, 4, null), new Mapping(0, 8, "in", 0, 8, "y"));
        assertEquals(List.of(), MapBack.problems(input, output, good));
        List<Mapping> unnamed = List.of(new Mapping(0, 4, "in", 0, 4, null), new Mapping(0, 8, "in", 0, 8, null));
        assertEquals(1, MapBack.problems(input, output, unnamed).size());
        List<Mapping> missing = List.of(new Mapping(0, 8, "in", 0, 8, "y"));
        assertTrue(MapBack.problems(input, output, missing).get(0).contains("`x`"));
    }

    @Test
    void prettyJsonKeepsOrderAndSpelling() {
        assertEquals("{\n  \"b\": [1, \"x\\\"\"],\n  \"a\": {},\n  \"c\": [\n    {\"k\": null}\n  ]\n}\n",
                PrettyJson.format("{\"b\":[1,\"x\\\"\"],\"a\":{},\"c\":[{\"k\":null}]}"));
    }

    @Test
    void lineDiffShowsTheFirstDifferingLines() {
        assertNull(LineDiff.firstDifference("f", "a\nb\n", "a\nb\n"));
        String diff = LineDiff.firstDifference("f", "a\nb\nc\n", "a\nB\nc\n");
        assertTrue(diff.contains("@@ -2 +2 @@\n a\n-b\n+B\n c\n"), diff);
    }

    @Test
    void scriptSyntaxRejectsModuleSyntaxInAScript() {
        assertNull(ScriptSyntax.parseScript("({*execute(){ yield; }}).execute", "s.js"));
        ScriptSyntax.ParseFailure failure = ScriptSyntax.parseScript("let a;\nexport { a };", "s.js");
        assertEquals(2, failure.line());
    }
}
