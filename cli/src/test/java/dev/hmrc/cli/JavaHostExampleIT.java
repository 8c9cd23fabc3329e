package dev.hmrc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code examples/java-host/run} after {@code package} (failsafe): a Java program that owns
 * an HTTP server answers through a JS handler, an edit of that handler's dependency is
 * served by the next requests, and the Java state (visit counts) carries on across it.
 */
class JavaHostExampleIT {

    @TempDir
    Path temp;

    @Test
    void aJsEditIsServedLiveWhileTheJavaStateCarriesOn() throws Exception {
        Path repo = Path.of(System.getProperty("hmrc.repo", "..")).toRealPath();
        Path script = repo.resolve("examples/java-host/run");
        assertTrue(Files.isExecutable(script), script + " missing or not executable");
        Path js = Files.createDirectories(temp.resolve("js"));
        for (String name : new String[] {"handler.mjs", "greeting.mjs"}) {
            Files.copy(repo.resolve("examples/java-host/js").resolve(name), js.resolve(name));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path out = temp.resolve("stdout");
        Path err = temp.resolve("stderr");
        Process process = new ProcessBuilder(script.toString(), js.toString(), Integer.toString(port))
                .directory(temp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            waitFor(out, "java-host listening on http://127.0.0.1:" + port + "/", process, err);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String first = get(client, port, "/a");
            assertEquals("hello from JS: GET /a, visit 1 of this path, request 1 of the Java host\n", first);
            assertEquals("hello from JS: GET /a, visit 2 of this path, request 2 of the Java host\n", get(client, port, "/a"));

            Files.writeString(js.resolve("greeting.mjs"), "export const greeting = \"hello from edited JS\";\n");
            String answer = "";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int visits = 2;
            while (!answer.startsWith("hello from edited JS") && System.nanoTime() < deadline) {
                Thread.sleep(50);
                answer = get(client, port, "/a");
                visits++;
            }
            assertEquals("hello from edited JS: GET /a, visit " + visits + " of this path, request " + visits
                    + " of the Java host\n", answer, "the edit is served and the Java counts went on");
            assertEquals("ok\n", get(client, port, "/health"));
            // The new version may answer before the update's last step prints its line.
            waitFor(err, "[hot] Loaded 1 new module", process, err);
        } finally {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write("quit\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException ended) {
                // the process is gone already; its output says why
            }
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the example did not stop on quit");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), stdout + Files.readString(err, StandardCharsets.UTF_8));
        assertTrue(stdout.endsWith("closed\n"), stdout);
        assertTrue(Files.readString(err, StandardCharsets.UTF_8).contains("[hot] Loaded 1 new module"),
                "the update is reported on stderr");
    }

    private static String get(HttpClient client, int port, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static void waitFor(Path file, String line, Process process, Path err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(line)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the example ended: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line '" + line + "' from the example");
    }
}
