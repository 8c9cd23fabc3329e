package dev.hmrc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hmrc run --java=PATTERN [--class-path PATH]}: Java.type for the named classes only, in both modes. */
class RunJavaOptionTest {

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    private Run hmrc(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter usage = new StringWriter();
        var commandLine = Hmrc.commandLine();
        commandLine.setErr(new PrintWriter(usage, true));
        ((RunCommand) commandLine.getSubcommands().get("run").getCommand()).redirect(out, err);
        int exit = commandLine.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) + usage);
    }

    private static List<String> run(boolean hmrcLinker, String... rest) {
        List<String> args = new ArrayList<>(List.of("run"));
        if (hmrcLinker) {
            args.addAll(List.of("--import", "hmr/register"));
        }
        args.addAll(List.of(rest));
        return args;
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void allowedClassesRunAndADeniedOneFailsNamingIt() throws IOException {
        Path main = write("main.mjs", """
                const ArrayList = Java.type('java.util.ArrayList');
                const list = new ArrayList();
                list.add('a');
                console.log('size', list.size(), Java.type('java.time.LocalDate').of(2024, 2, 29).toString());
                Java.type('java.io.File');
                """);
        for (boolean hmrcLinker : new boolean[] {false, true}) {
            Run run = hmrc(run(hmrcLinker, "--java=java.util.*,java.time.LocalDate", main.toString()));
            assertEquals(1, run.exit(), run.err());
            assertEquals("size 1 2024-02-29\n", run.out());
            assertTrue(run.err().startsWith("Uncaught TypeError: ") && run.err().contains("java.io.File"), run.err());
        }
    }

    @Test
    void withoutTheOptionThereIsNoJava() throws IOException {
        Path main = write("main.mjs", "console.log(typeof Java);\n");
        for (boolean hmrcLinker : new boolean[] {false, true}) {
            Run run = hmrc(run(hmrcLinker, main.toString()));
            assertEquals(0, run.exit(), run.err());
            assertEquals("undefined\n", run.out());
        }
    }

    @Test
    void aStarStaysInItsPackage() {
        JavaClassPatterns patterns = JavaClassPatterns.parse(List.of("java.util.*", "com.example.**"));
        assertTrue(patterns.matches("java.util.ArrayList"));
        assertTrue(patterns.matches("java.util.Map$Entry"));
        assertFalse(patterns.matches("java.util.concurrent.ConcurrentHashMap"));
        assertTrue(patterns.matches("com.example.deep.Service"));
        assertFalse(patterns.matches("java.io.File"));
        assertFalse(patterns.matches("java.utilx.Foo"));
    }

    @Test
    void badPatternsAndAClassPathWithoutJavaAreUsageErrors() throws IOException {
        Path main = write("main.mjs", "console.log(1);\n");
        Run bad = hmrc(run(false, "--java=java.util.(", main.toString()));
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("is not a class name pattern"), bad.err());
        Run noJava = hmrc(run(false, "--class-path", temp.toString(), main.toString()));
        assertEquals(2, noJava.exit());
        assertTrue(noJava.err().contains("--class-path needs --java"), noJava.err());
    }

    @Test
    void classPathAddsTheHostsOwnClasses() throws IOException {
        Path sources = write("src/demo/Prices.java", """
                package demo;
                public final class Prices {
                    public static int withTax(int cents) { return cents * 120 / 100; }
                }
                """);
        Path classes = Files.createDirectories(temp.resolve("classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), sources.toString());
        assertEquals(0, compiled);
        Path main = write("main.mjs", "console.log(Java.type('demo.Prices').withTax(1000));\n");
        for (boolean hmrcLinker : new boolean[] {false, true}) {
            Run run = hmrc(run(hmrcLinker, "--java=demo.*", "--class-path", classes.toString(), main.toString()));
            assertEquals(0, run.exit(), run.err());
            assertEquals("1200\n", run.out());
        }
    }
}
