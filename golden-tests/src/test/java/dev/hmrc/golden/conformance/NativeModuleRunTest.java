package dev.hmrc.golden.conformance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The native runner itself: its transcript format for the three ways a run can end. */
class NativeModuleRunTest {

    @TempDir
    Path folder;

    @Test
    void aGraphThatCompletesEndsWithExitZero() throws IOException {
        Files.writeString(folder.resolve("main.mjs"), "import { x } from './x.mjs';\nconsole.log('main', x);\n");
        Files.writeString(folder.resolve("x.mjs"), "console.log('x');\nexport const x = 1;\n");
        assertEquals("x\nmain 1\nexit 0\n", NativeModuleRun.run(folder).transcript());
    }

    @Test
    void anEvaluationErrorIsReportedAfterTheOutputWithExitOne() throws IOException {
        Files.writeString(folder.resolve("main.mjs"), "console.log('before');\nthrow new TypeError('bad');\n");
        assertEquals("before\nUncaught TypeError: bad\nexit 1\n", NativeModuleRun.run(folder).transcript());
    }

    @Test
    void aRejectedTopLevelAwaitAfterPendingJobsIsReportedLast() throws IOException {
        Files.writeString(folder.resolve("main.mjs"), """
                Promise.resolve().then(() => console.log('job'));
                await null;
                console.log('resumed');
                await Promise.reject(42);
                """);
        assertEquals("job\nresumed\nUncaught 42\nexit 1\n", NativeModuleRun.run(folder).transcript());
    }

    @Test
    void aLinkErrorIsAnUncaughtSyntaxError() throws IOException {
        Files.writeString(folder.resolve("main.mjs"), "import { nope } from './x.mjs';\nconsole.log('never');\n");
        Files.writeString(folder.resolve("x.mjs"), "export const x = 1;\n");
        String transcript = NativeModuleRun.run(folder).transcript();
        assertEquals(true, transcript.startsWith("Uncaught SyntaxError: ") && transcript.contains("nope")
                && transcript.endsWith("exit 1\n"), transcript);
    }
}
