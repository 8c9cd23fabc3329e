package dev.hmrc.golden.conformance;

import dev.hmrc.runtime.JsEngine;
import dev.hmrc.runtime.Linker;
import dev.hmrc.runtime.ProgramRun;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The differential property over random module graphs ({@link RandomGraphs}: acyclic and
 * cyclic, sync and async, with re-exports and TDZ reads): each graph is written to a temp
 * folder and run as {@code hmrc run} runs it, once with GraalJS's own module loader and
 * once through hmrc's linker ({@link ProgramRun}, as the conformance suites do), and the
 * two transcripts must be the same.
 */
class RandomGraphPropertiesTest {

    private static final int TRIES = 50;
    private static JsEngine engine;

    private static synchronized JsEngine engine() {
        if (engine == null) {
            engine = JsEngine.create();
        }
        return engine;
    }

    @AfterContainer
    static synchronized void closeEngine() {
        if (engine != null) {
            // cancelIfExecuting: after a failing try (and its shrinking) a context may still be
            // entered; closing must not add an engine error on top of the property's failure.
            engine.engine().close(true);
            engine = null;
        }
    }

    @Provide
    Arbitrary<RandomGraphs.Graph> graphs() {
        // Uniform choices (jqwik's default favours small numbers, which read as "no" here);
        // shrinking still moves towards zeros: fewer modules, edges, awaits and throws.
        return Arbitraries.integers().between(0, 9_999).withDistribution(RandomDistribution.uniform())
                .list().ofMinSize(100).ofMaxSize(160).withoutEdgeCases()
                .map(RandomGraphs::build);
    }

    @Property(tries = TRIES)
    void nativeAndHotRunsPrintTheSame(@ForAll("graphs") RandomGraphs.Graph graph) throws IOException {
        Path folder = Files.createTempDirectory("hmrc-random-graph");
        try {
            graph.writeTo(folder);
            ProgramRun natively = ProgramRun.run(folder, Linker.GRAALJS, engine());
            ProgramRun hot = ProgramRun.run(folder, Linker.HMRC, engine());
            assertTrue(natively.stdout().contains("m0 start") || natively.transcript().contains(" fails\n"),
                    "the native run neither started main.mjs nor met a module's own throw:\n" + natively.stderr() + "\n" + graph.listing());
            String transcript = natively.transcript();
            Statistics.label("graph").collect(graph.cyclic() ? "cyclic" : "acyclic");
            Statistics.label("async modules").collect(graph.files().values().stream().anyMatch(t -> t.contains("(async)")));
            Statistics.label("TDZ read").collect(transcript.contains("ReferenceError"));
            Statistics.label("star re-export").collect(graph.files().values().stream().anyMatch(t -> t.contains("export *")));
            Statistics.label("uncaught").collect(natively.exitStatus() != 0);
            assertEquals(transcript, hot.transcript(),
                    "native and hot transcripts differ for\n" + graph.listing() + "\nhot stderr:\n" + hot.stderr());
        } finally {
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
