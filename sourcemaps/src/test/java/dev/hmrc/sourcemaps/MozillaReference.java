package dev.hmrc.sourcemaps;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs batches of tasks through Mozilla's {@code source-map} 0.6.1 in one Node
 * process (script {@code mozilla-reference.js}). Installs the package with
 * {@code scripts/fetch-corpora.sh} when it is missing; fails (never skips) when
 * Node or the package cannot be had.
 */
final class MozillaReference {
    private static Path module;
    private static Path script;

    private MozillaReference() {
    }

    /** Checks Node and the package, installing the package when missing; throws AssertionError otherwise. */
    static synchronized void ensureAvailable() {
        if (module != null) {
            return;
        }
        String version = exec(List.of("node", "--version"), null, 30,
                "Node.js ('node') is needed for the Mozilla source-map reference tests but could not be run; "
                        + "install Node 18 or newer (Debian: apt-get install nodejs npm)").trim();
        Path root = repositoryRoot();
        Path dir = root.resolve(".corpora/node_modules/source-map");
        if (!Files.isRegularFile(dir.resolve("package.json"))
                || !Files.exists(root.resolve(".corpora/node_modules/.hmrc-complete"))) {
            exec(List.of("bash", root.resolve("scripts/fetch-corpora.sh").toString()), root, 600,
                    "scripts/fetch-corpora.sh failed to install source-map@0.6.1 (node " + version + ")");
        }
        try {
            String pkg = Files.readString(dir.resolve("package.json"));
            if (!pkg.contains("\"version\": \"0.6.1\"")) {
                throw new AssertionError("expected source-map 0.6.1 in " + dir + ", found another version");
            }
            Path js = Files.createTempFile("mozilla-reference", ".js");
            js.toFile().deleteOnExit();
            try (InputStream in = MozillaReference.class.getResourceAsStream("mozilla-reference.js")) {
                Files.write(js, in.readAllBytes());
            }
            script = js;
        } catch (IOException e) {
            throw new AssertionError("cannot prepare the Mozilla reference script: " + e, e);
        }
        module = dir;
    }

    /** The folder holding scripts/fetch-corpora.sh, found by walking up from the working directory. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/fetch-corpora.sh"))) {
                return dir;
            }
        }
        throw new AssertionError("no scripts/fetch-corpora.sh above " + Path.of("").toAbsolutePath());
    }

    /** Runs the tasks (JSON objects written by the caller) and returns one result per task. */
    static List<Object> run(List<String> taskJson) {
        ensureAvailable();
        try {
            Path input = Files.createTempFile("mozilla-tasks", ".json");
            try {
                Files.writeString(input, "[" + String.join(",", taskJson) + "]", StandardCharsets.UTF_8);
                String out = exec(List.of("node", script.toString(), module.toString(), input.toString()), null, 120,
                        "the Mozilla reference script failed");
                @SuppressWarnings("unchecked")
                List<Object> results = (List<Object>) JsonReader.parse(out);
                if (results.size() != taskJson.size()) {
                    throw new AssertionError("expected " + taskJson.size() + " results, got " + results.size());
                }
                for (int i = 0; i < results.size(); i++) {
                    if (results.get(i) instanceof Map<?, ?> m && m.containsKey("error")) {
                        throw new AssertionError("source-map rejected task " + i + ": " + m.get("error")
                                + "\ntask: " + taskJson.get(i));
                    }
                }
                return results;
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run the Mozilla reference script: " + e, e);
        }
    }

    static String mappingsTask(String mapJson) {
        return "{\"op\":\"mappings\",\"map\":" + quote(mapJson) + "}";
    }

    static String lookupTask(String mapJson, List<int[]> queries) {
        StringBuilder out = new StringBuilder("{\"op\":\"lookup\",\"map\":").append(quote(mapJson)).append(",\"queries\":[");
        for (int i = 0; i < queries.size(); i++) {
            out.append(i == 0 ? "" : ",").append('[').append(queries.get(i)[0]).append(',').append(queries.get(i)[1])
                    .append(']');
        }
        return out.append("]}").toString();
    }

    static String composeTask(String outerJson, String innerJson, String source) {
        return "{\"op\":\"compose\",\"outer\":" + quote(outerJson) + ",\"inner\":" + quote(innerJson) + ",\"source\":"
                + quote(source) + "}";
    }

    /** Mozilla's mapping rows ([line, column, source, line, column, name]) as Mapping records. */
    static List<Mapping> toMappings(Object rows) {
        List<Mapping> out = new ArrayList<>();
        for (Object row : (List<?>) rows) {
            List<?> r = (List<?>) row;
            int line = ((Double) r.get(0)).intValue();
            int column = ((Double) r.get(1)).intValue();
            out.add(r.get(2) == null ? Mapping.unmapped(line, column)
                    : new Mapping(line, column, (String) r.get(2), ((Double) r.get(3)).intValue(),
                    ((Double) r.get(4)).intValue(), (String) r.get(5)));
        }
        return out;
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder();
        JsonText.quote(out, s);
        return out.toString();
    }

    private static String exec(List<String> command, Path dir, int timeoutSeconds, String failure) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            if (dir != null) {
                builder.directory(dir.toFile());
            }
            Path err = Files.createTempFile("node-stderr", ".txt");
            builder.redirectError(err.toFile());
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(failure + ": timed out after " + timeoutSeconds + " s");
            }
            String stderr = Files.readString(err);
            Files.deleteIfExists(err);
            if (process.exitValue() != 0) {
                throw new AssertionError(failure + " (exit " + process.exitValue() + "): " + stderr);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(failure + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(failure + ": interrupted", e);
        }
    }
}
