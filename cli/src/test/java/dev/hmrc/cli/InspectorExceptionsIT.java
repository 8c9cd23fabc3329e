package dev.hmrc.cli;

import dev.hmrc.sourcemaps.JsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Pause on exceptions" through {@code bin/hmrc run --inspect-brk}, with {@code --import hmr/register} and
 * without: after
 * {@code Debugger.setPauseOnExceptions} ("uncaught" and "all"), an error thrown in a dependency
 * pauses with reason {@code exception} at the throw's original line and column, with the thrown
 * error as the pause's data; after resuming, the program ends as it does without a debugger, with
 * the uncaught error on stderr and a failing exit status.
 */
class InspectorExceptionsIT {

    private static final Pattern LISTENING = Pattern.compile("Debugger listening on (ws://\\S+)");
    private static final long WAIT_SECONDS = 40;

    /** The column just after {@code throw new Error('boom ' + local);} on dep.mjs's line 3. */
    private static final double THROW_END_COLUMN = 4 + "throw new Error('boom ' + local);".length();

    private static Path repo;

    @TempDir
    Path temp;

    @BeforeAll
    static void findRepo() throws IOException {
        repo = Path.of(System.getProperty("hmrc.repo", "..")).toRealPath();
        assertTrue(Files.isExecutable(repo.resolve("bin/hmrc")), "bin/hmrc missing or not executable in " + repo);
    }

    @ParameterizedTest(name = "{0} in {1} mode")
    @CsvSource({"uncaught,hmr", "all,hmr", "uncaught,plain"})
    void anUncaughtErrorPausesAtItsThrowThenEndsTheProgram(String state, String mode) throws Exception {
        Path depFile = temp.resolve("dep.mjs");
        // Line 3 (0-based 2), column 4: the throw statement.
        Files.writeString(depFile, """
                export function boom() {
                    const local = 7;
                    throw new Error('boom ' + local);
                }
                """);
        Files.writeString(temp.resolve("main.mjs"), """
                import { boom } from './dep.mjs';
                setTimeout(() => { console.log('calling'); boom(); }, 50);
                """);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>(List.of(repo.resolve("bin/hmrc").toString(), "run",
                "--inspect-brk=127.0.0.1:" + port));
        if (mode.equals("hmr")) {
            command.addAll(List.of("--import", "hmr/register"));
        }
        command.add("main.mjs");
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
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
            String url = webSocketUrl.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(url, "no 'Debugger listening on ws://...' line; stderr:\n" + stderr);
            InspectorIT.Cdp cdp = new InspectorIT.Cdp(HttpClient.newHttpClient(), url);
            cdp.call("Runtime.enable", "{}");
            cdp.call("Debugger.enable", "{}");
            cdp.call("Debugger.setPauseOnExceptions", "{\"state\":\"" + state + "\"}");
            cdp.call("Runtime.runIfWaitingForDebugger", "{}");

            Map<String, Object> first = cdp.nextPaused();
            assertNotNull(first, "no pause at the first statement; stderr:\n" + stderr);
            assertNotEquals("exception", first.get("reason"), "--inspect-brk's pause is not an exception: " + first);
            cdp.call("Debugger.resume", "{}");

            // "all" may also stop at exceptions the runtime throws and catches itself; the one we
            // want is the Error thrown by dep.mjs.
            String depPath = depFile.toRealPath().toString();
            String depUrl = depFile.toRealPath().toUri().toString();
            Map<String, Object> atThrow = null;
            for (int i = 0; i < 50 && atThrow == null; i++) {
                Map<String, Object> paused = cdp.nextPaused();
                assertNotNull(paused, "never paused on the exception; scripts: " + cdp.scripts + "\nstdout:\n"
                        + Files.readString(out) + "\nstderr:\n" + stderr);
                Map<?, ?> top = (Map<?, ?>) ((List<?>) paused.get("callFrames")).get(0);
                if ("exception".equals(paused.get("reason"))
                        && (depUrl.equals(top.get("url")) || depPath.equals(top.get("url")))) {
                    atThrow = paused;
                } else {
                    assertEquals("all", state, "with \"uncaught\" only the uncaught error pauses: " + paused);
                    cdp.call("Debugger.resume", "{}");
                }
            }
            assertNotNull(atThrow, "no exception pause in dep.mjs");
            Map<?, ?> top = (Map<?, ?>) ((List<?>) atThrow.get("callFrames")).get(0);
            Map<?, ?> location = (Map<?, ?>) top.get("location");
            Map<?, ?> data = (Map<?, ?>) atThrow.get("data");
            assertNotNull(data, "the thrown value as the pause's data: " + atThrow);
            assertEquals(2.0, location.get("lineNumber"), "paused at the throw's original line: " + atThrow);
            // GraalJS's inspector places an exception pause at the end of the throw statement (column
            // 37, after its `;`; Node's V8 says 4, its start). The same column in both modes: the
            // transform keeps the throw where the user wrote it.
            assertEquals(THROW_END_COLUMN, location.get("columnNumber"),
                    "paused at the end of the throw statement, as without hmr/register: " + atThrow);
            if (state.equals("uncaught")) {
                assertEquals(Boolean.TRUE, data.get("uncaught"), "reported as uncaught: " + data);
            }
            assertTrue(String.valueOf(data.get("description")).contains("boom 7"), "the thrown error: " + data);
            cdp.call("Debugger.resume", "{}");

            assertTrue(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the program did not end after the"
                    + " exception; stderr:\n" + stderr);
            errReader.join(10_000);
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals("calling\n", stdout);
            assertNotEquals(0, process.exitValue(), "an uncaught error fails the run; stderr:\n" + stderr);
            assertTrue(stderr.toString().contains("Error: boom 7"), "the uncaught error on stderr:\n" + stderr);
        } finally {
            process.destroyForcibly();
        }
    }
}
