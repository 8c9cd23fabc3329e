package dev.hmrc.runtime.link;

import dev.hmrc.transformer.ModuleTransformer;
import dev.hmrc.transformer.TransformResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stack frames of transformed modules mapped back to the original files. */
class OriginalStackTest {

    private final ModuleTransformer transformer = new ModuleTransformer();
    private final OriginalStack stack = new OriginalStack();

    private String register(String name, String source) throws Exception {
        TransformResult result = transformer.transform(source, name);
        stack.register(name, result.map(), source);
        return result.code();
    }

    @Test
    void topLevelFrameOnLineOneLosesTheWrapperPrefixAndName() throws Exception {
        String code = register("/m/a.mjs", "import { v } from './v.mjs'; foo(v);\n");
        int generatedColumn = code.indexOf("foo(") + 1;
        assertTrue(generatedColumn > 30, "the wrapper prefix shifts line 1: " + generatedColumn);
        assertEquals("    at /m/a.mjs:1:30",
                stack.rewrite("    at execute (/m/a.mjs:1:" + generatedColumn + ")"));
    }

    @Test
    void laterLinesMapThroughRewrittenImportReads() throws Exception {
        String code = register("/m/b.mjs", "import { v } from './v.mjs';\nfunction f() { return v + v + boom(); }\n");
        String line2 = code.lines().skip(1).findFirst().orElseThrow();
        int generatedColumn = line2.indexOf("boom") + 1;
        assertTrue(generatedColumn > 31, "reads of v are rewritten to longer calls: " + line2);
        assertEquals("    at f (/m/b.mjs:2:31)\n    at /m/b.mjs:3:1",
                stack.rewrite("    at f (/m/b.mjs:2:" + generatedColumn + ")\n    at execute (/m/b.mjs:3:1)"));
    }

    @Test
    void framesOfTheWrapperPrefixAreDropped() throws Exception {
        String code = register("/m/e.mjs", "import { b } from './b.mjs';\nexport const a = 'a' + b;\n");
        int accessor = code.indexOf("()=>a") + 1;
        assertTrue(accessor > 0 && accessor < code.indexOf('\n'), "the accessor of a is in line 1's prefix: " + code);
        // A read of a in its TDZ through the accessor, from another module's top level.
        assertEquals("    at /m/other.mjs:2:24",
                stack.rewrite("    at a (/m/e.mjs:1:" + accessor + ")\n    at /m/other.mjs:2:24"));
        assertEquals("    at /m/other.mjs:2:24", stack.rewrite("    at /m/e.mjs:1:" + accessor + "\n    at /m/other.mjs:2:24"));
    }

    @Test
    void aModuleThatMayDeclareExecuteKeepsThatName() throws Exception {
        register("/m/c.mjs", "export function execute() { throw 1; }\nexecute();\n");
        assertEquals("    at execute (/m/c.mjs:2:1)", stack.rewrite("    at execute (/m/c.mjs:2:1)"));
    }

    @Test
    void framesOfOtherFilesAreLeftAlone() throws Exception {
        register("/m/d.mjs", "export const d = 1;\n");
        String other = "    at x (/m/other.mjs:1:5)\n    at hmrc:runtime-support.js:108:41\n    at <anonymous>";
        assertEquals(other, stack.rewrite(other));
    }
}
