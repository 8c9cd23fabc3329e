package dev.hmrc.transformer;

import dev.hmrc.sourcemaps.DecodedSourceMap;
import dev.hmrc.sourcemaps.Mapping;
import dev.hmrc.sourcemaps.SourceMap;
import dev.hmrc.sourcemaps.SourceMapBuilder;
import dev.hmrc.sourcemaps.SourceMapComments;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transform's map: every surviving token and every rewritten identifier maps back exactly. */
class SourceMapTest {

    private static Mapping at(DecodedSourceMap map, int line, int column) {
        for (Mapping m : map.mappings()) {
            if (m.generatedLine() == line && m.generatedColumn() == column) {
                return m;
            }
        }
        throw new AssertionError("no mapping at " + line + ":" + column + " in " + map.mappings());
    }

    @Test
    void everyTokenMapsToItsOriginalPosition() throws Exception {
        String src = "let a = 1 + b; // c\n/* d */ f(`t${a}u`, /re/g, 'str', 0x1F, a >>>= 2);\n";
        TransformResult r = new ModuleTransformer().transform(src, "m.mjs");
        DecodedSourceMap map = DecodedSourceMap.decode(r.map());
        String[] outLines = r.code().split("\n", -1);
        String[] inLines = src.split("\n", -1);
        // Line 2 has no prefix: every token is at the same column.
        List<Integer> expected = List.of(8, 9, 10, 14, 15, 18, 20, 25, 27, 32, 34, 38, 40, 42, 47, 48, 49);
        List<Integer> got = new ArrayList<>();
        for (Mapping m : map.mappings()) {
            if (m.generatedLine() == 1) {
                assertEquals(1, m.originalLine());
                assertEquals(m.generatedColumn(), m.originalColumn());
                got.add(m.generatedColumn());
            }
        }
        assertEquals(expected, got, inLines[1]);
        // Line 1: shifted by the prefix, but each token maps to its own column.
        int shift = outLines[0].indexOf("let a");
        for (int col : new int[]{0, 4, 6, 8, 10, 12, 13}) {
            Mapping m = at(map, 0, shift + col);
            assertEquals(0, m.originalLine());
            assertEquals(col, m.originalColumn());
        }
        assertEquals(List.of("m.mjs"), r.map().sources());
        assertEquals(src, r.map().sourcesContent().get(0));
    }

    @Test
    void rewrittenIdentifiersMapWithTheirName() throws Exception {
        String src = "import {x} from 'a';\nfoo(x, {x});";
        TransformResult r = new ModuleTransformer().transform(src, "m.mjs");
        DecodedSourceMap map = DecodedSourceMap.decode(r.map());
        String line = r.code().split("\n")[1];
        assertEquals("foo($$hi0(), {x: $$hi0()});", line);
        Mapping read = at(map, 1, 4);
        assertEquals(1, read.originalLine());
        assertEquals(4, read.originalColumn());
        assertEquals("x", read.name());
        Mapping key = at(map, 1, line.indexOf("x:"));
        assertEquals(8, key.originalColumn());
        assertEquals("x", key.name());
        Mapping value = at(map, 1, line.lastIndexOf("$$hi0"));
        assertEquals(8, value.originalColumn());
        assertEquals("x", value.name());
        // "})" after the shorthand map to the original "}" (col 9) and ")" (col 10).
        assertEquals(9, at(map, 1, line.lastIndexOf("}")).originalColumn());
        assertEquals(10, at(map, 1, line.lastIndexOf(")")).originalColumn());
    }

    @Test
    void crLfAndCrLineEndingsKeepLinesAndMappings() throws Exception {
        String src = "import {x} from 'a';\r\nfoo(x);\rbar;\r\n";
        TransformResult r = new ModuleTransformer().transform(src, "m.mjs");
        assertTrue(r.code().contains(";\r\nfoo($$hi0());\rbar;\r\n\n}}).execute"), r.code());
        DecodedSourceMap map = DecodedSourceMap.decode(r.map());
        Mapping read = at(map, 1, 4);
        assertEquals(1, read.originalLine());
        assertEquals(4, read.originalColumn());
        assertEquals("x", read.name());
        Mapping bar = at(map, 2, 0);
        assertEquals(2, bar.originalLine());
    }

    @Test
    void thePrefixAndSuffixAreUnmapped() throws Exception {
        TransformResult r = new ModuleTransformer().transform("export let a = 1;", "m.mjs");
        DecodedSourceMap map = DecodedSourceMap.decode(r.map());
        int bodyStart = r.code().indexOf("]);yield;") + "]);yield;".length();
        for (Mapping m : map.mappings()) {
            assertTrue(m.generatedLine() == 0 && m.generatedColumn() >= bodyStart, m.toString());
        }
        assertEquals(Optional.empty(), map.originalPositionFor(0, 3).filter(Mapping::hasSource));
    }

    @Test
    void mapSourceNameAndContentOptions() throws Exception {
        TransformResult r = new ModuleTransformer(new TransformOptions("src/m.ts.js", false, null)).transform("1;", "m.mjs");
        assertEquals(List.of("src/m.ts.js"), r.map().sources());
        assertNull(r.map().sourcesContent());
    }

    @Test
    void anInlineInputMapIsComposedAndItsCommentRemoved() throws Exception {
        // The "compiled" input: "let b = 2;" on line 0 came from line 5 col 2 of in.ts.
        SourceMapBuilder inner = new SourceMapBuilder("m.js");
        int s = inner.addSource("in.ts", "original");
        inner.addMapping(0, 0, s, 5, 2, -1);
        inner.addMapping(0, 4, s, 5, 6, inner.addName("bee"));
        String input = "let b = 2;\n" + SourceMapComments.inlineComment(inner.build()) + "\n";
        TransformResult r = new ModuleTransformer().transform(input, "m.js");
        assertFalse(r.code().contains("sourceMappingURL"), r.code());
        assertEquals(List.of("in.ts"), r.map().sources());
        DecodedSourceMap map = DecodedSourceMap.decode(r.map());
        int shift = r.code().indexOf("let b");
        Mapping b = map.originalPositionFor(0, shift + 4).orElseThrow();
        assertEquals("in.ts", b.source());
        assertEquals(5, b.originalLine());
        assertEquals(6, b.originalColumn());
        assertEquals("bee", b.name());
    }

    @Test
    void aFileInputMapIsLoadedThroughTheOptions() throws Exception {
        SourceMapBuilder inner = new SourceMapBuilder(null);
        int s = inner.addSource("orig.ts", null);
        inner.addMapping(0, 0, s, 3, 0, -1);
        String json = inner.build().toJson();
        List<String> asked = new ArrayList<>();
        TransformOptions options = new TransformOptions(null, true, url -> {
            asked.add(url);
            return json;
        });
        TransformResult r = new ModuleTransformer(options).transform("let q;\n//# sourceMappingURL=m.js.map\n", "m.js");
        assertEquals(List.of("m.js.map"), asked);
        assertEquals(List.of("orig.ts"), r.map().sources());
        asked.clear();
        new ModuleTransformer(options).transform("let q;\n//# sourceMappingURL=m.js.map\n/* license */\n// end\n\n", "m.js");
        assertEquals(List.of("m.js.map"), asked, "found behind trailing comments");
        asked.clear();
        new ModuleTransformer(options).transform("//# sourceMappingURL=m.js.map\nlet q;\n", "m.js");
        assertEquals(List.of(), asked, "a URL comment followed by code does not count");
        SourceMap plain = new ModuleTransformer().transform("let q;\n//# sourceMappingURL=m.js.map\n", "m.js").map();
        assertEquals(List.of("m.js"), plain.sources(), "no loader: the map points at the input");
    }

    @Test
    void aBrokenInputMapLeavesTheTransformsOwnMap() throws Exception {
        TransformOptions options = new TransformOptions(null, true, url -> "{not json");
        TransformResult r = new ModuleTransformer(options).transform("let q;\n//# sourceMappingURL=m.js.map\n", "m.js");
        assertEquals(List.of("m.js"), r.map().sources());
    }
}
