package dev.hmrc.golden.hot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One hot-update scenario: a folder under {@code src/test/resources/hot} holding
 * {@code 0/} (the program's files at start, entry {@code main.mjs}), {@code 1/},
 * {@code 2/}, ... (the files each step writes over the running program, in one burst),
 * optionally {@code N.delete} (paths the step deletes, one a line) and {@code N.watched}
 * (the files watched after step N, one a line), and
 * {@code expected.txt}: the transcript, a {@code == start} block and one
 * {@code == step N} block per step, each holding what the program printed meanwhile:
 * stdout lines as they are, stderr lines other than {@code [hot]} ones after {@code ! }.
 * In the transcript {@code in 3.1 ms.} reads {@code in <ms> ms.} and the temporary
 * folder reads {@code <root>}. A step's block says how many {@code [hot]} lines to wait
 * for; a block with none waits for its lines, then a fixed time, and checks that nothing
 * else happened.
 *
 * @param name   the folder's name
 * @param folder the folder
 */
record HotScenario(String name, Path folder) {

    /** The folder of all scenarios. */
    static final Path ROOT = Path.of("src/test/resources/hot");

    private static final Pattern STEP_HEADER = Pattern.compile("^== (start|step (\\d+))$");

    /** Every scenario, by name. */
    static List<HotScenario> all() {
        try (Stream<Path> folders = Files.list(ROOT)) {
            return folders.filter(Files::isDirectory).sorted()
                    .map(f -> new HotScenario(f.getFileName().toString(), f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hot options: the query string in {@code options.txt} ({@code hmr/register?...}), or the defaults. */
    dev.hmrc.runtime.HotOptions options() {
        Path file = folder.resolve("options.txt");
        try {
            return dev.hmrc.runtime.HotOptions.parse(Files.exists(file) ? Files.readString(file).strip() : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of steps (folders 1, 2, ... or delete lists). */
    int steps() {
        int n = 0;
        while (Files.isDirectory(folder.resolve(String.valueOf(n + 1)))
                || Files.exists(folder.resolve((n + 1) + ".delete"))) {
            n++;
        }
        return n;
    }

    /**
     * When recording, how many {@code [hot]} lines step {@code n} waits for: the number in
     * {@code N.hot} (default 1).
     */
    int recordedHotLines(int n) {
        Path count = folder.resolve(n + ".hot");
        try {
            return Files.exists(count) ? Integer.parseInt(Files.readString(count).strip()) : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of step {@code n} (0: the start), as paths relative to the step folder. */
    List<Path> files(int n) {
        Path step = folder.resolve(String.valueOf(n));
        if (!Files.isDirectory(step)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(step)) {
            return walk.filter(Files::isRegularFile).map(step::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of step {@code n}. */
    Path stepFolder(int n) {
        return folder.resolve(String.valueOf(n));
    }

    /** The paths step {@code n} deletes. */
    List<String> deletions(int n) {
        Path list = folder.resolve(n + ".delete");
        if (!Files.exists(list)) {
            return List.of();
        }
        try {
            return Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files the watcher must watch after step {@code n} (0: after the start), relative to
     * the program's folder, sorted: the lines of {@code N.watched}; null when there is none.
     */
    List<String> watched(int n) {
        Path list = folder.resolve(n + ".watched");
        if (!Files.exists(list)) {
            return null;
        }
        try {
            return Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected blocks: index 0 the start, index N step N. */
    List<String> expectedBlocks() {
        String text;
        try {
            text = Files.readString(folder.resolve("expected.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\n", -1)) {
            Matcher header = STEP_HEADER.matcher(line);
            if (header.matches()) {
                int index = header.group(2) == null ? 0 : Integer.parseInt(header.group(2));
                if (index != blocks.size() + (current == null ? 0 : 1)) {
                    throw new IllegalStateException(name + ": expected.txt blocks out of order at '" + line + "'");
                }
                if (current != null) {
                    blocks.add(current.toString());
                }
                current = new StringBuilder();
                continue;
            }
            if (current == null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    throw new IllegalStateException(name + ": expected.txt must start with '== start'");
                }
                continue;
            }
            if (!line.isEmpty() || !current.isEmpty()) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            blocks.add(current.toString());
        }
        return blocks.stream().map(HotScenario::trimTrailingBlankLines).toList();
    }

    /** How many {@code [hot]} lines a block holds. */
    static int hotLines(String block) {
        int n = 0;
        for (String line : block.split("\n")) {
            if (line.startsWith("[hot] ")) {
                n++;
            }
        }
        return n;
    }

    static String trimTrailingBlankLines(String block) {
        String text = block;
        while (text.endsWith("\n\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
