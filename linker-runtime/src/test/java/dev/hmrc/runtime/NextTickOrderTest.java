package dev.hmrc.runtime;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code process.nextTick} ordered as Node orders it, differentially: the same program printed by
 * {@code node} and by hmrc under both linkers. Node runs the tick queue after each macrotask's own
 * code and before its promise jobs, and again whenever promise jobs queue ticks; an ES module entry
 * runs inside a promise job, a CommonJS entry does not; immediates run after a turn's I/O callbacks
 * and before the next turn's timers. The programs ({@code src/test/resources/node/ticks/}) print
 * only orders Node guarantees: ticks against {@code then}, {@code queueMicrotask}, timers and
 * immediates, ticks queued in a {@code then}, in a timer, interval or immediate, in fs callbacks
 * and {@code fs.promises}, nested ticks, ticks with arguments.
 */
class NextTickOrderTest {

    @TempDir
    Path program;

    @ParameterizedTest
    @ValueSource(strings = {"order.mjs", "order.cjs", "io.mjs", "timers.cjs"})
    void ticksRunWhereNodeRunsThemInBothModes(String entry) throws Exception {
        Path folder = Path.of("src/test/resources/node/ticks").toAbsolutePath();
        assertSameAsNode(folder, entry);
    }

    /** A tick queued in a {@code then} of {@code fetch} (an I/O completion): after that turn's promise jobs. */
    @Test
    void ticksQueuedByFetchCallbacksRunWhereNodeRunsThemInBothModes() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Files.writeString(program.resolve("fetch.mjs"), """
                    const log = (s) => console.log(s);
                    fetch('http://127.0.0.1:%d/text').then((response) => {
                      log('response ' + response.status);
                      process.nextTick(() => log('tick from the response then'));
                      Promise.resolve().then(() => log('then from the response then'));
                      return response.text();
                    }).then((text) => {
                      log('text ' + text);
                      process.nextTick(() => { log('tick from the text then'); process.nextTick(() => log('nested tick')); });
                      queueMicrotask(() => log('microtask from the text then'));
                      setTimeout(() => {
                        log('timeout after fetch');
                        process.nextTick(() => log('tick from the timeout'));
                        queueMicrotask(() => log('microtask from the timeout'));
                      }, 1);
                    });
                    process.nextTick(() => log('tick from main'));
                    """.formatted(server.getAddress().getPort()));
            assertSameAsNode(program, "fetch.mjs");
        } finally {
            server.stop(0);
        }
    }

    private static void assertSameAsNode(Path folder, String entry) throws Exception {
        String expected = NodeCompatibilityTest.node(folder, entry);
        assertTrue(expected.endsWith("exit 0\n") && expected.lines().count() > 5, "node itself failed:\n" + expected);
        assertEquals(expected, NodeCompatibilityTest.hmrc(folder, Linker.GRAALJS, entry), "GraalJS's loader");
        assertEquals(expected, NodeCompatibilityTest.hmrc(folder, Linker.HMRC, entry), "hmrc's linker");
    }
}
