package dev.hmrc.cli;

import dev.hmrc.sourcemaps.SourceMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hmrc transform} of TypeScript files: x.ts becomes x.js (.mts → .mjs) with a map over the TypeScript. */
class TransformTypeScriptTest {

    @TempDir
    Path temp;

    @Test
    void typeScriptFilesAreWrittenAsJavaScriptWithAMapOfTheirTypeScript() throws Exception {
        Path src = temp.resolve("src");
        Files.createDirectories(src.resolve("lib"));
        String app = "import { twice } from './lib/math.mjs';\nconst n: number = twice(21 as number);\nconsole.log(n);\n";
        Files.writeString(src.resolve("app.ts"), app);
        Files.writeString(src.resolve("lib/math.mts"), "export const twice = (x: number): number => x * 2;\n");
        Files.writeString(src.resolve("lib/types.d.ts"), "export interface Never { x: 1 }\n");
        Path out = temp.resolve("out");

        TransformCommandTest.Run run = TransformCommandTest.hmrc("transform", src, out);

        assertEquals(0, run.exit(), run.err());
        assertEquals(2, run.counts()[0], "app.ts and lib/math.mts; the .d.ts is no module: " + run.err());
        assertTrue(Files.exists(out.resolve("app.js")));
        assertTrue(Files.exists(out.resolve("lib/math.mjs")));
        assertFalse(Files.exists(out.resolve("app.ts")));
        assertFalse(Files.exists(out.resolve("lib/types.d.ts")));
        String code = Files.readString(out.resolve("app.js"));
        assertFalse(code.contains(": number"), code);
        assertTrue(code.endsWith("//# sourceMappingURL=app.js.map\n"), code);
        SourceMap map = SourceMap.parse(Files.readString(out.resolve("app.js.map")));
        assertEquals("../src/app.ts", map.sources().get(0));
        assertEquals(app, map.sourcesContent().get(0), "the map carries the TypeScript text");
    }

    @Test
    void aTypeScriptFileBesideAJavaScriptFileOfItsOutputNameIsSkipped() throws Exception {
        Path src = temp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("x.ts"), "export const x: string = 'ts';\n");
        Files.writeString(src.resolve("x.js"), "export const x = 'js';\n");

        TransformCommandTest.Run run = TransformCommandTest.hmrc("transform", src, temp.resolve("out"));

        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.counts()[0], run.err());
        assertTrue(Files.readString(temp.resolve("out/x.js")).contains("'js'"), "the JavaScript file keeps its output");
        assertTrue(run.err().contains("x.ts"), "the skipped TypeScript file is named: " + run.err());
    }

    @Test
    void aConstructThatCannotBeStrippedFailsThatFileWithItsPosition() throws Exception {
        Path src = temp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("ok.ts"), "export const ok: boolean = true;\n");
        Files.writeString(src.resolve("util.ts"), "export const x = 1;\nexport namespace Util { export const a = 1; }\n");

        TransformCommandTest.Run run = TransformCommandTest.hmrc("transform", src, temp.resolve("out"));

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("TypeScript namespace with values is not supported"), run.err());
        assertTrue(run.err().contains("util.ts:2:8"), run.err());
        assertTrue(Files.exists(temp.resolve("out/ok.js")));
    }
}
