package dev.hmrc.runtime.link;

import dev.hmrc.sourcemaps.DecodedSourceMap;
import dev.hmrc.sourcemaps.Mapping;
import dev.hmrc.sourcemaps.SourceMap;
import dev.hmrc.transformer.ModuleTransformer;
import dev.hmrc.transformer.TransformResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The source map a debugger gets: the wrapper in an ignore-listed source of its own, the module's tokens unchanged. */
class DebuggerScriptsTest {

    @Test
    void theWrapperMapsToAnIgnoredSourceAndTheModuleKeepsItsMappings() throws Exception {
        String source = "import { a } from './a.mjs';\nexport const b = a + 1;\nexport function f() {\n  return b;\n}\n";
        TransformResult transformed = new ModuleTransformer().transform(source, "/app/m.mjs");
        String json = DebuggerScripts.withWrapperIgnored(transformed.map(), transformed.code(), "/app/m.mjs");
        Map<String, Object> raw = dev.hmrc.sourcemaps.JsonReader.parseObject(json);
        assertEquals(List.of(1.0), raw.get("ignoreList"), json);
        assertEquals(List.of(1.0), raw.get("x_google_ignoreList"), json);
        SourceMap map = SourceMap.parse(json);
        assertEquals(List.of("/app/m.mjs", "hmrc:wrapper//app/m.mjs"), map.sources());
        DecodedSourceMap decoded = DecodedSourceMap.decode(map);
        // The prefix (line 1, before the module's own first line) and the suffix are the wrapper's.
        assertEquals("hmrc:wrapper//app/m.mjs", decoded.originalPositionFor(0, 3).orElseThrow().source());
        String[] lines = transformed.code().split("\n", -1);
        int suffixLine = java.util.Arrays.asList(lines).indexOf("}}).execute");
        assertEquals("hmrc:wrapper//app/m.mjs", decoded.originalPositionFor(suffixLine, 2).orElseThrow().source());
        // Every mapping of the module's own text is kept, to the same original positions.
        List<Mapping> before = DecodedSourceMap.decode(transformed.map()).mappings().stream()
                .filter(m -> m.generatedLine() > 0 && m.generatedLine() < suffixLine).toList();
        List<Mapping> after = decoded.mappings().stream()
                .filter(m -> m.generatedLine() > 0 && m.generatedLine() < suffixLine).toList();
        assertTrue(before.size() > 5, before.toString());
        assertEquals(before, after);
        // `return b;` (line 4) still maps to its own line and column.
        int column = lines[3].indexOf("return");
        Mapping ret = decoded.originalPositionFor(3, column).orElseThrow();
        assertEquals("/app/m.mjs", ret.source());
        assertEquals(3, ret.originalLine());
        assertEquals(2, ret.originalColumn());
    }
}
