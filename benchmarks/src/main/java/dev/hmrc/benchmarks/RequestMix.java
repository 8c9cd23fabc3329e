package dev.hmrc.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link HttpUnderUpdates} asks of the server under test: the requests each connection
 * sends, over and over, and what each answer must be.
 *
 * <p>A mix is a tab-separated text file (built-in ones are resources beside this class,
 * {@code http-mixes/NAME.tsv}; {@code --mix NAME} or {@code --mix FILE}). Each line is one
 * request: {@code ROLE METHOD PATH STATUS [SHAPE [BODY]]}, where ROLE is
 * <ul>
 *   <li>{@code seed}: sent once, in file order, on one connection before the load starts;</li>
 *   <li>{@code cycle}: the steps every connection sends back to back, in file order, again and
 *       again (a connection only stops between two cycles, so a cycle that creates something and
 *       deletes it again leaves nothing behind);</li>
 *   <li>{@code final}: sent once after the load, on a fresh connection.</li>
 * </ul>
 * STATUS is the status the answer must have, SHAPE a regular expression the whole body must
 * match ({@code -} or absent: any body), BODY the request body (sent as
 * {@code application/json}). Named groups of SHAPE carry meaning: {@code count} is a counter of
 * the server's state (every count the run sees must be exactly 1..n: nothing lost, reset or
 * counted twice; in a {@code final} step it must equal the largest count seen), {@code version}
 * is the version of the hot-edited module that answered (unless a {@code @version-header NAME}
 * line says which answer header carries it), and {@code id} is kept for the later steps of the
 * same cycle, where {@code {id}} in PATH or BODY is replaced by it. Lines starting with
 * {@code #} are comments.
 *
 * @param name          what the run reports as the mix
 * @param seed          sent once before the load
 * @param cycle         what every connection sends, in order, again and again
 * @param finalSteps    sent once after the load
 * @param versionHeader the answer header that names the version (lower case), or null: the
 *                      {@code version} group of each cycle step's shape
 */
record RequestMix(String name, List<Step> seed, List<Step> cycle, List<Step> finalSteps, String versionHeader) {

    /** The mix the load test was built with: examples/http-counter's {@code GET /hit?name=load}. */
    static final String DEFAULT = "counter-hits";

    RequestMix {
        seed = List.copyOf(seed);
        cycle = List.copyOf(cycle);
        finalSteps = List.copyOf(finalSteps);
        if (cycle.isEmpty()) {
            throw new IllegalArgumentException("mix " + name + " has no cycle step");
        }
    }

    /** Where a step is sent. */
    enum Role { SEED, CYCLE, FINAL }

    /**
     * One request and what its answer must be.
     *
     * @param role     seed, cycle or final
     * @param method   the request method
     * @param path     the request target; {@code {id}} is replaced by the cycle's id
     * @param status   the status the answer must have
     * @param shape    what the whole body must match, or null for any body
     * @param body     the request body, or null for none
     */
    record Step(Role role, String method, String path, int status, Pattern shape, String body) {

        /** Whether the step needs the id an earlier step of its cycle captured. */
        boolean usesId() {
            return path.contains("{id}") || (body != null && body.contains("{id}"));
        }

        /**
         * The request's bytes: request line, {@code Host}, {@code Accept: application/json}, and
         * for a body its {@code Content-Type} and {@code Content-Length}; {@code id} replaces
         * {@code {id}}, {@code close} adds {@code Connection: close}.
         */
        byte[] request(int port, String id, boolean close) {
            String target = id == null ? path : path.replace("{id}", id);
            StringBuilder text = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1:")
                    .append(port).append("\r\nAccept: application/json\r\n");
            if (close) {
                text.append("Connection: close\r\n");
            }
            byte[] content = null;
            if (body != null) {
                content = (id == null ? body : body.replace("{id}", id)).getBytes(StandardCharsets.UTF_8);
                text.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            byte[] head = text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
            if (content == null) {
                return head;
            }
            byte[] all = new byte[head.length + content.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(content, 0, all, head.length, content.length);
            return all;
        }

        /** Whether the step's shape captures the id later steps of its cycle use. */
        boolean capturesId() {
            return shape != null && shape.namedGroups().containsKey("id");
        }

        /** {@code METHOD PATH -> STATUS}, as reports name the step. */
        String label() {
            return method + " " + path + " -> " + status;
        }
    }

    /** What an answer told about the run, or why it was not the answer the step expects. */
    record Checked(String mismatch, long count, int version, String id) {

        boolean matches() {
            return mismatch == null;
        }
    }

    /**
     * Checks {@code answer} against {@code step}: the status, then the shape; then reads its
     * count, version (-1 when it carries none) and id.
     */
    Checked check(Step step, int status, Map<String, String> headers, String body) {
        if (status != step.status()) {
            return new Checked(step.label() + ": HTTP " + status + " (expected " + step.status() + "): " + clip(body), -1, -1, null);
        }
        Matcher matcher = null;
        if (step.shape() != null) {
            matcher = step.shape().matcher(body);
            if (!matcher.matches()) {
                return new Checked(step.label() + ": body does not match " + step.shape().pattern() + ": " + clip(body), -1, -1, null);
            }
        }
        long count = group(matcher, "count") == null ? -1 : Long.parseLong(group(matcher, "count"));
        String versionText = versionHeader != null ? headers.get(versionHeader) : group(matcher, "version");
        int version;
        try {
            version = versionText == null ? -1 : Integer.parseInt(versionText.trim());
        } catch (NumberFormatException notANumber) {
            return new Checked(step.label() + ": version " + versionText + " is not a number", -1, -1, null);
        }
        if (version < 0 && step.role() == Role.CYCLE) {
            return new Checked(step.label() + ": the answer names no version"
                    + (versionHeader != null ? " (no " + versionHeader + " header)" : ""), -1, -1, null);
        }
        return new Checked(null, count, version, group(matcher, "id"));
    }

    private static String group(Matcher matcher, String name) {
        if (matcher == null || !matcher.pattern().namedGroups().containsKey(name)) {
            return null;
        }
        return matcher.group(name);
    }

    private static String clip(String body) {
        String text = body.strip();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    /** The built-in mix {@code name}, or the mix in the file {@code name}. */
    static RequestMix load(String name) throws IOException {
        try (InputStream builtIn = RequestMix.class.getResourceAsStream("http-mixes/" + name + ".tsv")) {
            if (builtIn != null) {
                return parse(name, new String(builtIn.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no built-in mix " + name + " (counter-hits, hono-todo) and no file " + file.toAbsolutePath());
        }
        String fileName = file.getFileName().toString();
        return parse(fileName.endsWith(".tsv") ? fileName.substring(0, fileName.length() - 4) : fileName,
                Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The mix written in {@code text} (the format of the class comment). */
    static RequestMix parse(String name, String text) {
        List<Step> seed = new ArrayList<>();
        List<Step> cycle = new ArrayList<>();
        List<Step> finalSteps = new ArrayList<>();
        String versionHeader = null;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + ":" + (n + 1) + ": ";
            if (line.startsWith("@")) {
                String[] directive = line.trim().split("\\s+");
                if (directive.length != 2 || !directive[0].equals("@version-header")) {
                    throw new IllegalArgumentException(where + "unknown directive (known: @version-header NAME): " + line);
                }
                versionHeader = directive[1].toLowerCase(java.util.Locale.ROOT);
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 4 || fields.length > 6) {
                throw new IllegalArgumentException(where + "expected ROLE<TAB>METHOD<TAB>PATH<TAB>STATUS[<TAB>SHAPE[<TAB>BODY]]: " + line);
            }
            Role role = switch (fields[0]) {
                case "seed" -> Role.SEED;
                case "cycle" -> Role.CYCLE;
                case "final" -> Role.FINAL;
                default -> throw new IllegalArgumentException(where + "role must be seed, cycle or final: " + fields[0]);
            };
            int status;
            try {
                status = Integer.parseInt(fields[3]);
            } catch (NumberFormatException bad) {
                throw new IllegalArgumentException(where + "status is not a number: " + fields[3]);
            }
            Pattern shape = fields.length < 5 || fields[4].isEmpty() || fields[4].equals("-") ? null : Pattern.compile(fields[4]);
            String body = fields.length < 6 || fields[5].isEmpty() ? null : fields[5];
            if (!fields[2].startsWith("/") || fields[1].isEmpty()) {
                throw new IllegalArgumentException(where + "needs a method and a path starting with /: " + line);
            }
            Step step = new Step(role, fields[1], fields[2], status, shape, body);
            (role == Role.SEED ? seed : role == Role.CYCLE ? cycle : finalSteps).add(step);
        }
        validateIds(name, cycle);
        for (Step step : seed) {
            if (step.usesId()) {
                throw new IllegalArgumentException(name + ": a seed step cannot use {id}: " + step.label());
            }
        }
        for (Step step : finalSteps) {
            if (step.usesId()) {
                throw new IllegalArgumentException(name + ": a final step cannot use {id}: " + step.label());
            }
        }
        return new RequestMix(name, seed, cycle, finalSteps, versionHeader);
    }

    /** A cycle step that uses {@code {id}} needs an earlier step of the cycle whose shape captures it. */
    private static void validateIds(String name, List<Step> cycle) {
        boolean captured = false;
        for (Step step : cycle) {
            if (step.usesId() && !captured) {
                throw new IllegalArgumentException(name + ": " + step.label() + " uses {id} before a step captures (?<id>...)");
            }
            if (step.capturesId()) {
                captured = true;
            }
        }
    }

    /** Whether some step's answers carry a state counter (the {@code count} group). */
    boolean countsState() {
        return java.util.stream.Stream.of(seed, cycle).flatMap(List::stream)
                .anyMatch(step -> step.shape() != null && step.shape().namedGroups().containsKey("count"));
    }
}
