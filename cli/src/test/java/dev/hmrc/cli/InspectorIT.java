package dev.hmrc.cli;

import dev.hmrc.sourcemaps.JsonReader;
import dev.hmrc.sourcemaps.JsonText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code bin/hmrc run --inspect-brk --import hmr/register} driven by a debugger that speaks the
 * Chrome DevTools Protocol itself (the JDK's WebSocket client, no browser): the server answers
 * {@code /json/list} and {@code /json/version}; a breakpoint set by URL in a dependency pauses at
 * the original line and column with the user's local variable in the scope chain; after a hot
 * update of that function the same breakpoint pauses in the new version, where an expression
 * evaluated on the call frame gives the new value; {@code debugger;} pauses; and closing the
 * connection while paused leaves the program running to its end.
 */
class InspectorIT {

    private static final Pattern LISTENING = Pattern.compile("Debugger listening on (ws://\\S+)");
    private static final Duration WAIT = Duration.ofSeconds(40);

    private static Path repo;

    @TempDir
    Path temp;

    @BeforeAll
    static void findRepo() throws IOException {
        repo = Path.of(System.getProperty("hmrc.repo", "..")).toRealPath();
        assertTrue(Files.isExecutable(repo.resolve("bin/hmrc")), "bin/hmrc missing or not executable in " + repo);
    }

    /** dep.mjs, version {@code local}: line 3 (0-based 2) is the breakpoint's line, column 4 its statement. */
    private static String dep(String local, boolean debuggerStatement) {
        return "export function value() {\n"
                + "    const local = " + local + ";\n"
                + "    " + (debuggerStatement ? "debugger; " : "") + "return local + 1;\n"
                + "}\n"
                + "if (import.meta.hot) import.meta.hot.accept();\n";
    }

    @Test
    void breakpointsByUrlPauseInEveryVersionOfAHotUpdatedModule() throws Exception {
        Path depFile = temp.resolve("dep.mjs");
        Files.writeString(depFile, dep("41", false));
        Files.writeString(temp.resolve("main.mjs"), """
                import { value } from './dep.mjs';
                let ticks = 0;
                const timer = setInterval(() => {
                    const v = value();
                    console.log('value', v);
                    if (v === 0 || ++ticks > 600) { console.log('stopping'); clearInterval(timer); }
                }, 100);
                """);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(repo.resolve("bin/hmrc").toString(), "run",
                "--inspect-brk=127.0.0.1:" + port, "--import", "hmr/register", "main.mjs")
                .directory(temp.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = temp.resolve("stdout.txt");
        builder.redirectOutput(out.toFile());
        Process process = builder.start();
        StringBuffer stderr = new StringBuffer();
        CompletableFuture<String> webSocketUrl = new CompletableFuture<>();
        Thread errReader = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    stderr.append(line).append('\n');
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        webSocketUrl.complete(m.group(1));
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            webSocketUrl.complete(null);
        });
        errReader.start();
        try {
            String url = webSocketUrl.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(url, "no 'Debugger listening on ws://...' line; stderr:\n" + stderr);
            assertTrue(url.startsWith("ws://127.0.0.1:" + port + "/"), url);

            // Discovery, as chrome://inspect and VS Code's attach do it.
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            List<?> targets = (List<?>) JsonReader.parse(list);
            assertEquals(1, targets.size(), list);
            assertEquals(url, ((Map<?, ?>) targets.get(0)).get("webSocketDebuggerUrl"), list);
            Map<String, Object> version = JsonReader.parseObject(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/version")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertNotNull(version.get("Protocol-Version"), version.toString());
            assertNotNull(version.get("Browser"), version.toString());

            Cdp cdp = new Cdp(http, url);
            cdp.call("Runtime.enable", "{}");
            cdp.call("Debugger.enable", "{}");
            String depUrl = depFile.toRealPath().toUri().toString();
            Map<String, Object> breakpoint = cdp.call("Debugger.setBreakpointByUrl",
                    "{\"lineNumber\":2,\"url\":" + quote(depUrl) + "}");
            String breakpointId = (String) breakpoint.get("breakpointId");
            cdp.call("Runtime.runIfWaitingForDebugger", "{}");

            // --inspect-brk: paused before the first statement.
            Map<String, Object> first = cdp.nextPaused();
            assertNotNull(first, "no pause at the first statement; stderr:\n" + stderr);
            cdp.call("Debugger.resume", "{}");

            // The breakpoint in the first version: original line and column, `local` in the local scope.
            Map<String, Object> hit = cdp.nextPaused();
            Map<String, Object> frame = topFrame(hit);
            // GraalVM's inspector names a file: script by its path; breakpoints match it by either.
            String scriptUrl = (String) frame.get("url");
            assertTrue(depUrl.equals(scriptUrl) || depFile.toRealPath().toString().equals(scriptUrl),
                    "the script is named by the module's file: " + scriptUrl);
            Map<?, ?> location = (Map<?, ?>) frame.get("location");
            assertEquals(2.0, location.get("lineNumber"), "paused at the breakpoint's line: " + hit);
            assertEquals(4.0, location.get("columnNumber"), "paused at the statement's original column: " + hit);
            String firstScript = (String) location.get("scriptId");
            assertEquals("41", localValue(cdp, frame, "local"), "the local variable by its own name and value");
            cdp.call("Debugger.resume", "{}");

            // A hot update of that function: the same breakpoint pauses in the new version.
            Files.writeString(depFile, dep("99", false));
            Map<String, Object> frameInNewVersion = null;
            for (int i = 0; i < 200 && frameInNewVersion == null; i++) {
                Map<String, Object> candidate = topFrame(pausedOrFail(cdp, stderr, out));
                if ("99".equals(evaluate(cdp, candidate, "local"))) {
                    frameInNewVersion = candidate;
                } else {
                    cdp.call("Debugger.resume", "{}");
                }
            }
            assertNotNull(frameInNewVersion, "the breakpoint never paused in the new version; stderr:\n" + stderr);
            Map<?, ?> newLocation = (Map<?, ?>) frameInNewVersion.get("location");
            assertEquals(2.0, newLocation.get("lineNumber"), "the same line in the new version");
            assertEquals(scriptUrl, frameInNewVersion.get("url"), "every version has the module's URL");
            assertNotEquals(firstScript, newLocation.get("scriptId"), "the new version is a script of its own");
            assertEquals("100", evaluate(cdp, frameInNewVersion, "local + 1"), "the new value, evaluated on the frame");
            cdp.call("Debugger.removeBreakpoint", "{\"breakpointId\":" + quote(breakpointId) + "}");
            cdp.call("Debugger.resume", "{}");

            // `debugger;` pauses (in a third version, which makes the program stop after it).
            Files.writeString(depFile, dep("-1", true));
            Map<String, Object> atStatement = null;
            for (int i = 0; i < 200 && atStatement == null; i++) {
                Map<String, Object> candidate = topFrame(pausedOrFail(cdp, stderr, out));
                if ("-1".equals(evaluate(cdp, candidate, "local"))) {
                    atStatement = candidate;
                } else {
                    cdp.call("Debugger.resume", "{}");
                }
            }
            assertNotNull(atStatement, "`debugger;` never paused; stderr:\n" + stderr);
            assertEquals(2.0, ((Map<?, ?>) atStatement.get("location")).get("lineNumber"));

            // The program's console output and the [hot] lines reach the debugger's console.
            assertTrue(cdp.console.stream().anyMatch(t -> t.startsWith("value 42")), "console.log in the debugger: " + cdp.console);
            assertTrue(cdp.console.stream().anyMatch(t -> t.startsWith("[hot] Loaded 1 new module")),
                    "the [hot] line in the debugger's console: " + cdp.console);

            // Detaching while paused: the program runs on to its end.
            cdp.close();
            assertTrue(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), "the program did not end after the"
                    + " debugger detached; stderr:\n" + stderr);
            errReader.join(10_000);
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), "stdout:\n" + stdout + "\nstderr:\n" + stderr);
            assertTrue(stdout.startsWith("value 42\n"), stdout);
            assertTrue(stdout.contains("value 100\n"), stdout);
            assertTrue(stdout.endsWith("value 0\nstopping\n"), stdout);
            assertTrue(stderr.toString().contains("[hot] Loaded"), stderr.toString());
        } finally {
            process.destroyForcibly();
        }
    }

    private static Map<String, Object> pausedOrFail(Cdp cdp, StringBuffer stderr, Path out) throws Exception {
        Map<String, Object> paused = cdp.nextPaused();
        if (paused == null) {
            fail("no Debugger.paused event; scripts parsed: " + cdp.scripts + "\nstdout:\n"
                    + Files.readString(out, StandardCharsets.UTF_8) + "\nstderr:\n" + stderr);
        }
        return paused;
    }

    private static Map<String, Object> topFrame(Map<String, Object> paused) {
        assertNotNull(paused, "no Debugger.paused event");
        List<?> frames = (List<?>) paused.get("callFrames");
        assertTrue(frames != null && !frames.isEmpty(), "paused without call frames: " + paused);
        @SuppressWarnings("unchecked")
        Map<String, Object> top = (Map<String, Object>) frames.get(0);
        return top;
    }

    /** The value (as its description) of {@code name} in the frame's local scope object. */
    private static String localValue(Cdp cdp, Map<String, Object> frame, String name) throws Exception {
        for (Object scope : (List<?>) frame.get("scopeChain")) {
            Map<?, ?> s = (Map<?, ?>) scope;
            if (!"local".equals(s.get("type"))) {
                continue;
            }
            String objectId = (String) ((Map<?, ?>) s.get("object")).get("objectId");
            Map<String, Object> properties = cdp.call("Runtime.getProperties",
                    "{\"objectId\":" + quote(objectId) + ",\"ownProperties\":true}");
            for (Object p : (List<?>) properties.get("result")) {
                Map<?, ?> property = (Map<?, ?>) p;
                if (name.equals(property.get("name"))) {
                    return describe((Map<?, ?>) property.get("value"));
                }
            }
            fail("no '" + name + "' in the local scope: " + properties);
        }
        fail("no local scope in " + frame);
        return null;
    }

    private static String evaluate(Cdp cdp, Map<String, Object> frame, String expression) throws Exception {
        Map<String, Object> result = cdp.call("Debugger.evaluateOnCallFrame", "{\"callFrameId\":"
                + quote((String) frame.get("callFrameId")) + ",\"expression\":" + quote(expression) + "}");
        return describe((Map<?, ?>) result.get("result"));
    }

    /** A remote object's primitive value as text ({@code 41}, not {@code 41.0}), else its description. */
    private static String describe(Map<?, ?> remote) {
        Object value = remote.get("value");
        if (value instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return value != null ? value.toString() : String.valueOf(remote.get("description"));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder();
        JsonText.quote(out, text);
        return out.toString();
    }

    /** A minimal CDP client: numbered calls that wait for their response, and a queue of events. */
    static final class Cdp implements WebSocket.Listener {
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
        private final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        /** scriptId=url of every Debugger.scriptParsed, for failure messages. */
        final List<String> scripts = new java.util.concurrent.CopyOnWriteArrayList<>();
        /** The text arguments of every console call the debugger was told of. */
        final List<String> console = new java.util.concurrent.CopyOnWriteArrayList<>();

        Cdp(HttpClient http, String url) throws Exception {
            this.socket = http.newWebSocketBuilder().buildAsync(URI.create(url), this).get(30, TimeUnit.SECONDS);
        }

        Map<String, Object> call(String method, String params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<Map<String, Object>> response = new CompletableFuture<>();
            pending.put(id, response);
            socket.sendText("{\"id\":" + id + ",\"method\":" + quote(method) + ",\"params\":" + params + "}", true)
                    .get(30, TimeUnit.SECONDS);
            Map<String, Object> message = response.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (message.get("error") != null) {
                fail(method + " failed: " + message.get("error"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) message.get("result");
            return result;
        }

        /** The params of the next {@code Debugger.paused} event (other events are skipped), or null after the wait. */
        Map<String, Object> nextPaused() throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                Map<String, Object> event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event != null && "Debugger.paused".equals(event.get("method"))) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> params = (Map<String, Object>) event.get("params");
                    return params;
                }
            }
            return null;
        }

        void close() throws Exception {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(30, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Map<String, Object> message = JsonReader.parseObject(partial.toString());
                partial.setLength(0);
                Object id = message.get("id");
                if (id instanceof Double d) {
                    CompletableFuture<Map<String, Object>> response = pending.remove(d.intValue());
                    if (response != null) {
                        response.complete(message);
                    }
                } else {
                    if ("Runtime.consoleAPICalled".equals(message.get("method"))) {
                        for (Object arg : (List<?>) ((Map<?, ?>) message.get("params")).get("args")) {
                            console.add(String.valueOf(((Map<?, ?>) arg).get("value")));
                        }
                    }
                    if ("Debugger.scriptParsed".equals(message.get("method"))) {
                        Map<?, ?> params = (Map<?, ?>) message.get("params");
                        scripts.add(params.get("scriptId") + "=" + params.get("url"));
                    }
                    events.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
