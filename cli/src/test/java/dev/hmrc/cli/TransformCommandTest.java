package dev.hmrc.cli;

import dev.hmrc.sourcemaps.SourceMap;
import dev.hmrc.sourcemaps.SourceMapComments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hmrc transform}, run in-process through picocli with captured streams. */
class TransformCommandTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "transformed (\\d+) files? \\(\\d+\\.\\d (kB|MB)\\) in \\d+\\.\\d\\d s, \\d+\\.\\d MB/s; (\\d+) failed, (\\d+) up to date(, \\d+ links? skipped)?");

    private static final String COUNTER = """
            export let count = 0;
            export function increment() {
              count += 1;
            }
            """;
    private static final String MAIN = """
            import { count, increment } from './lib/counter.mjs';
            increment();
            console.log(count);
            """;

    @TempDir
    Path temp;

    /** Exit status and the two streams of one in-process run. */
    record Run(int exit, String out, String err) {
        /** The summary line's numbers: transformed, failed, up to date. */
        int[] counts() {
            var matcher = SUMMARY.matcher(err);
            assertTrue(matcher.find(), "no summary line in stderr:\n" + err);
            return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(3)),
                    Integer.parseInt(matcher.group(4))};
        }
    }

    static Run hmrc(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Hmrc.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] strings = Stream.of(args).map(String::valueOf).toArray(String[]::new);
        int exit = commandLine.execute(strings);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path sampleTree() throws IOException {
        Path src = temp.resolve("src");
        write(src.resolve("main.mjs"), MAIN);
        write(src.resolve("lib/counter.mjs"), COUNTER);
        write(src.resolve("lib/plain.js"), "export const answer = 42;\n");
        write(src.resolve("notes.txt"), "not a module\n");
        write(src.resolve("data.json"), "{\"a\": 1}\n");
        return src;
    }

    private static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void mirrorsTheTreeWithAMapBesideEachModule() throws IOException {
        Path src = sampleTree();
        Path out = temp.resolve("out");

        Run run = hmrc("transform", src, out);

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out(), "stdout stays clean");
        assertArrayEquals(new int[] {3, 0, 0}, run.counts());
        assertEquals(List.of(TreeTransform.STAMP_NAME, "lib/counter.mjs", "lib/counter.mjs.map", "lib/plain.js",
                "lib/plain.js.map", "main.mjs", "main.mjs.map"), filesUnder(out));

        String code = Files.readString(out.resolve("lib/counter.mjs"));
        assertTrue(code.endsWith("\n//# sourceMappingURL=counter.mjs.map\n"), code);
        assertTrue(code.contains("execute"), "transformed form expected:\n" + code);
        SourceMap map = SourceMap.parse(Files.readString(out.resolve("lib/counter.mjs.map")));
        assertEquals(List.of("../../src/lib/counter.mjs"), map.sources());
        assertEquals(COUNTER, map.sourcesContent().get(0));
        assertFalse(map.mappings().isEmpty());
        // the map's source path resolves, from the map's folder, to the real source
        assertEquals(src.resolve("lib/counter.mjs").toRealPath(),
                out.resolve("lib").resolve(map.sources().get(0)).toRealPath());
    }

    @Test
    void inlineModePutsTheMapInADataUrlAndWritesNoMapFile() throws IOException {
        Path src = sampleTree();
        Path out = temp.resolve("out");

        Run run = hmrc("transform", "--source-maps=inline", src, out);

        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(TreeTransform.STAMP_NAME, "lib/counter.mjs", "lib/plain.js", "main.mjs"), filesUnder(out));
        String code = Files.readString(out.resolve("main.mjs"));
        String url = SourceMapComments.findUrl(code).orElseThrow();
        SourceMap map = SourceMapComments.decodeDataUrl(url).orElseThrow();
        assertEquals(MAIN, map.sourcesContent().get(0));
        assertEquals(List.of("../src/main.mjs"), map.sources());
    }

    @Test
    void noneModeWritesNeitherMapNorComment() throws IOException {
        Path src = sampleTree();
        Path out = temp.resolve("out");

        Run run = hmrc("transform", "--source-maps", "NONE", src, out);

        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(TreeTransform.STAMP_NAME, "lib/counter.mjs", "lib/plain.js", "main.mjs"), filesUnder(out));
        assertTrue(SourceMapComments.findUrl(Files.readString(out.resolve("main.mjs"))).isEmpty());
    }

    @Test
    void jsonFilesAreTransformedOnlyWithTheJsonOption() throws IOException {
        Path src = sampleTree();
        Path out = temp.resolve("out");

        Run run = hmrc("transform", "--json", src, out);

        assertEquals(0, run.exit(), run.err());
        assertArrayEquals(new int[] {4, 0, 0}, run.counts());
        assertTrue(Files.readString(out.resolve("data.json")).contains("execute"));
        assertTrue(Files.exists(out.resolve("data.json.map")));
        assertFalse(Files.exists(out.resolve("notes.txt")));
    }

    @Test
    void composesAnInputMapFromInsideSrcButNeverReadsOneOutside() throws IOException {
        Path src = temp.resolve("src");
        // app.js was compiled from app.ts: line 1 of app.js is line 1 of app.ts
        String inputMap = "{\"version\":3,\"sources\":[\"app.ts\"],\"names\":[],\"mappings\":\"AAAA;AACA\"}";
        write(src.resolve("app.js.map"), inputMap);
        write(src.resolve("app.js"), "export const a = 1;\nexport const b = 2;\n//# sourceMappingURL=app.js.map\n");
        write(temp.resolve("outside.map"), inputMap.replace("app.ts", "stolen.ts"));
        write(src.resolve("escape.js"), "export const c = 3;\n//# sourceMappingURL=../outside.map\n");
        Path out = temp.resolve("out");

        Run run = hmrc("transform", src, out);

        assertEquals(0, run.exit(), run.err());
        SourceMap composed = SourceMap.parse(Files.readString(out.resolve("app.js.map")));
        assertTrue(composed.sources().stream().anyMatch(source -> source.endsWith("app.ts")), composed.sources().toString());
        SourceMap escaped = SourceMap.parse(Files.readString(out.resolve("escape.js.map")));
        assertEquals(List.of("../src/escape.js"), escaped.sources(), "a map outside SRC is not read");
    }

    @Test
    void skipsUpToDateFilesUntilTheSourceChangesOrForce() throws IOException {
        Path src = sampleTree();
        Path out = temp.resolve("out");
        assertEquals(0, hmrc("transform", src, out).exit());
        FileTime written = Files.getLastModifiedTime(out.resolve("main.mjs"));

        Run again = hmrc("transform", src, out);
        assertArrayEquals(new int[] {0, 0, 3}, again.counts());
        assertEquals(written, Files.getLastModifiedTime(out.resolve("main.mjs")));

        // the source is edited after its output was written
        FileTime edited = FileTime.from(written.toInstant().plusSeconds(2));
        Files.setLastModifiedTime(src.resolve("main.mjs"), edited);
        assertArrayEquals(new int[] {1, 0, 2}, hmrc("transform", src, out).counts());
        assertTrue(Files.getLastModifiedTime(out.resolve("main.mjs")).compareTo(written) > 0);
        Files.setLastModifiedTime(out.resolve("main.mjs"), FileTime.from(edited.toInstant().plusSeconds(1)));
        Files.setLastModifiedTime(out.resolve("main.mjs.map"), FileTime.from(edited.toInstant().plusSeconds(1)));

        Files.delete(out.resolve("lib/plain.js.map"));
        assertArrayEquals(new int[] {1, 0, 2}, hmrc("transform", src, out).counts(), "a missing map is not up to date");

        assertArrayEquals(new int[] {3, 0, 0}, hmrc("transform", "--force", src, out).counts());
    }

    @Test
    void changingTheMapModeTransformsEverythingAgain() throws IOException {
        Path src = sampleTree();
        Path out = temp.resolve("out");
        assertEquals(0, hmrc("transform", src, out).exit());

        Run inline = hmrc("transform", "--source-maps=inline", src, out);

        assertArrayEquals(new int[] {3, 0, 0}, inline.counts());
        assertFalse(Files.exists(out.resolve("main.mjs.map")), "stale map of the file mode removed");
        assertTrue(SourceMapComments.isDataUrl(SourceMapComments.findUrl(Files.readString(out.resolve("main.mjs"))).orElseThrow()));
    }

    @Test
    void reportsEveryFailingFileWithItsPositionAndWritesTheOthers() throws IOException {
        Path src = sampleTree();
        write(src.resolve("bad.mjs"), "export const ok = 1;\nlet x = ;\n");
        write(src.resolve("lib/worse.js"), "const a = 1;\nconst b = 2;\nconst c = );\n");
        Path out = temp.resolve("out");

        Run run = hmrc("transform", src, out);

        assertEquals(1, run.exit(), run.err());
        assertArrayEquals(new int[] {3, 2, 0}, run.counts());
        assertTrue(run.err().contains("SyntaxError"), run.err());
        assertTrue(run.err().contains(src.resolve("bad.mjs") + ":2:"), run.err());
        assertTrue(run.err().contains(src.resolve("lib/worse.js") + ":3:"), run.err());
        assertTrue(run.err().contains("let x = ;"), "code frame shows the line:\n" + run.err());
        assertFalse(Files.exists(out.resolve("bad.mjs")));
        assertFalse(Files.exists(out.resolve("bad.mjs.map")));
        assertTrue(Files.exists(out.resolve("main.mjs")));
        assertEquals("", run.out());
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAsFailed() throws IOException {
        Path src = sampleTree();
        Files.write(src.resolve("latin1.js"), new byte[] {'/', '/', ' ', (byte) 0xE9, '\n'});

        Run run = hmrc("transform", src, temp.resolve("out"));

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(src.resolve("latin1.js") + ": not valid UTF-8"), run.err());
        assertArrayEquals(new int[] {3, 1, 0}, run.counts());
    }

    @Test
    void doesNotFollowLinksOutOfSrc() throws IOException {
        Path src = sampleTree();
        Path outside = temp.resolve("outside");
        write(outside.resolve("secret.mjs"), "export const secret = 1;\n");
        write(outside.resolve("dir/other.mjs"), "export const other = 1;\n");
        Files.createSymbolicLink(src.resolve("secret.mjs"), outside.resolve("secret.mjs"));
        Files.createSymbolicLink(src.resolve("dir"), outside.resolve("dir"));
        Files.createSymbolicLink(src.resolve("alias"), src.resolve("lib"));       // stays inside: followed
        Files.createSymbolicLink(src.resolve("lib/loop"), src.resolve("lib"));    // a cycle: not walked twice
        Path out = temp.resolve("out");

        Run run = hmrc("transform", src, out);

        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.exists(out.resolve("secret.mjs")));
        assertFalse(Files.exists(out.resolve("dir")));
        assertTrue(run.err().contains("skipped " + src.resolve("secret.mjs") + ": link points outside SRC"), run.err());
        assertTrue(run.err().contains("skipped " + src.resolve("dir") + ": link points outside SRC"), run.err());
        assertTrue(Files.exists(out.resolve("alias/counter.mjs")), "a link inside SRC is followed");
        assertFalse(Files.exists(out.resolve("lib/loop/loop")));
        assertTrue(run.err().contains("link cycle"), run.err());
    }

    @Test
    void outInsideSrcIsLeftOutOfTheWalk() throws IOException {
        Path src = sampleTree();
        Path out = src.resolve("build/out");

        assertArrayEquals(new int[] {3, 0, 0}, hmrc("transform", src, out).counts());
        Run second = hmrc("transform", "--force", src, out);

        assertArrayEquals(new int[] {3, 0, 0}, second.counts(), "own outputs are not inputs");
        assertFalse(Files.exists(out.resolve("build")));
    }

    @Test
    void neverWritesThroughALinkOutOfOut() throws IOException {
        Path src = sampleTree();
        Path out = temp.resolve("out");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("lib"), elsewhere);

        Run run = hmrc("transform", src, out);

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("link out of OUT"), run.err());
        assertEquals(List.of(), filesUnder(elsewhere));
        assertTrue(Files.exists(out.resolve("main.mjs")));
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        Path src = sampleTree();
        Path out = temp.resolve("out");
        assertEquals(2, hmrc("transform").exit());
        assertEquals(2, hmrc("transform", src).exit());
        assertEquals(2, hmrc("transform", "--no-such-option", src, out).exit());
        assertEquals(2, hmrc("transform", "--source-maps=sideways", src, out).exit());
        assertEquals(2, hmrc("transform", "--jobs", "0", src, out).exit());
        assertEquals(2, hmrc("transform", temp.resolve("missing"), out).exit());
        assertEquals(2, hmrc().exit());

        Run same = hmrc("transform", src, src);
        assertEquals(2, same.exit());
        assertTrue(same.err().contains("OUT must differ from SRC"), same.err());
        Run inside = hmrc("transform", src, temp);
        assertEquals(2, inside.exit());
        assertTrue(inside.err().contains("SRC must not lie inside OUT"), inside.err());
        assertEquals(List.of("data.json", "lib/counter.mjs", "lib/plain.js", "main.mjs", "notes.txt"), filesUnder(src),
                "no output written next to the sources");
    }

    @Test
    void outputsAreTheSameBytesWhateverTheParallelism() throws IOException {
        Path src = sampleTree();
        for (int i = 0; i < 20; i++) {
            write(src.resolve("many/m" + i + ".mjs"), "import { count } from '../lib/counter.mjs';\nexport const v" + i + " = count + " + i + ";\n");
        }
        Path one = temp.resolve("one/out");
        Path four = temp.resolve("four/out");

        Run first = hmrc("transform", "--jobs", "1", src, one);
        assertEquals(0, first.exit(), first.err());
        Run second = hmrc("transform", "-j", "4", src, four);
        assertEquals(0, second.exit(), second.err());

        List<String> files = filesUnder(one);
        assertEquals(files, filesUnder(four));
        assertEquals(23 * 2 + 1, files.size());
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(four.resolve(file)), file);
        }
    }

    @Test
    void workersCreatingTheSameNewFoldersDoNotTripOverEachOther() throws IOException {
        Path src = temp.resolve("src");
        for (int i = 0; i < 60; i++) {
            write(src.resolve("a/b" + (i % 3) + "/c" + (i % 5) + "/m" + i + ".mjs"), "export const v = " + i + ";\n");
        }
        for (int round = 0; round < 5; round++) {
            Run run = hmrc("transform", "--jobs", "8", src, temp.resolve("out" + round));
            assertEquals(0, run.exit(), run.err());
            assertArrayEquals(new int[] {60, 0, 0}, run.counts());
        }
    }

    @Test
    void leavesNoTemporaryFiles() throws IOException {
        Path src = sampleTree();
        Path out = temp.resolve("out");
        assertEquals(0, hmrc("transform", src, out).exit());
        assertEquals(0, hmrc("transform", "--force", src, out).exit());
        assertTrue(filesUnder(out).stream().noneMatch(name -> name.endsWith(".tmp")), filesUnder(out).toString());
    }

    @Test
    void showsProgressLinesForLargeTreesWhenNotOnATerminal() throws IOException {
        Path src = temp.resolve("src");
        for (int i = 0; i < ProgressLine.THRESHOLD_FILES + 20; i++) {
            write(src.resolve("d" + (i % 7) + "/m" + i + ".mjs"), "export const v = " + i + ";\n");
        }
        Run run = hmrc("transform", src, temp.resolve("out"));

        assertEquals(0, run.exit(), run.err());
        List<String> progress = run.err().lines().filter(line -> line.startsWith("transform: ")).toList();
        assertTrue(progress.size() >= 5 && progress.size() <= 10, progress.toString());
        assertTrue(progress.stream().allMatch(line -> line.matches("transform: \\d+% \\(\\d+/320 files\\)")), progress.toString());
        assertFalse(run.err().contains("\r"));
    }

    @Test
    void smallTreesShowNoProgress() throws IOException {
        Run run = hmrc("transform", sampleTree(), temp.resolve("out"));
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(SUMMARY.matcher(run.err().strip()).matches(), run.err());
    }

    @Test
    void mapUrlsArePercentEncoded() {
        assertEquals("a%20b.mjs.map", TreeTransform.urlPathSegment("a b.mjs.map"));
        assertEquals("%C3%A9t%C3%A9.js.map", TreeTransform.urlPathSegment("été.js.map"));
        assertEquals("x-y_z~1.js.map", TreeTransform.urlPathSegment("x-y_z~1.js.map"));
    }

    @Test
    void versionNamesHmrcAndTheEngine() {
        Run run = hmrc("--version");
        assertEquals(0, run.exit());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).matches("hmrc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
        assertTrue(lines.get(1).matches("engine: GraalJS \\d+\\.\\d+\\.\\d+, .+ \\((JIT|interpreter)\\)"), lines.get(1));
    }

    @Test
    void theSummaryLineReadsAsDocumented() {
        TransformReport report = new TransformReport(812, 3_400_000, 210_000_000L, 0, 5, 0);
        assertEquals("transformed 812 files (3.4 MB) in 0.21 s, 16.2 MB/s; 0 failed, 5 up to date", report.summary());
        assertEquals(0, report.exitCode());
        TransformReport failed = new TransformReport(1, 2_000, 1_000_000_000L, 1, 0, 2);
        assertEquals("transformed 1 file (2.0 kB) in 1.00 s, 0.0 MB/s; 1 failed, 0 up to date, 2 links skipped", failed.summary());
        assertEquals(1, failed.exitCode());
        assertTrue(SUMMARY.matcher(failed.summary()).matches());
    }
}
