package dev.hmrc.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs {@code benchmarks/node/dynohot-transform.mjs} (dynohot's own Babel-based transform, on
 * Node) over a list of files and reads back its timings.
 *
 * @param dynohotVersion version of the installed dynohot package
 * @param nodeVersion    {@code process.version} of the Node that ran it
 * @param corpusBytes    bytes per corpus, as Node counted them
 * @param wallByCorpus   per corpus, the wall-clock time of each measured round in nanoseconds
 * @param cpuByCorpus    per corpus, the CPU time (Node's whole process) of each measured round in nanoseconds
 * @param failures       files dynohot could not transform, with the first line of the error
 */
public record DynohotRun(String dynohotVersion, String nodeVersion, Map<String, Long> corpusBytes,
                         Map<String, long[]> wallByCorpus, Map<String, long[]> cpuByCorpus,
                         Map<String, String> failures) {

    /**
     * Writes the file list, runs the Node script and parses its output.
     *
     * @param node     the Node executable
     * @param script   path of dynohot-transform.mjs
     * @param dynohot  the installed dynohot package folder
     * @param files    the files, grouped by corpus
     * @param listFile where to write the list passed to Node
     * @param warmup   warm-up rounds over the whole list
     * @param rounds   measured rounds
     */
    public static DynohotRun run(String node, Path script, Path dynohot, List<CorpusFile> files, Path listFile,
                                 int warmup, int rounds) throws IOException, InterruptedException {
        StringBuilder list = new StringBuilder();
        for (CorpusFile file : files) {
            list.append(file.corpus()).append('\t').append(file.path()).append('\n');
        }
        Files.createDirectories(listFile.toAbsolutePath().getParent());
        Files.writeString(listFile, list, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(node, script.toString(),
                "--list", listFile.toString(), "--dynohot", dynohot.toString(),
                "--warmup", Integer.toString(warmup), "--rounds", Integer.toString(rounds));
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        if (status != 0) {
            throw new IOException("node " + script + " exited with status " + status);
        }
        return parse(output, rounds);
    }

    /** Reads the script's tab-separated output (see the comment at the top of the script). */
    static DynohotRun parse(String output, int rounds) {
        Map<String, String> info = new TreeMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        Map<String, long[]> wall = new LinkedHashMap<>();
        Map<String, long[]> cpu = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] field = line.split("\t", -1);
            switch (field[0]) {
                case "info" -> info.put(field[1], field[2]);
                case "corpus" -> bytes.put(field[1], Long.parseLong(field[3]));
                case "round" -> {
                    int round = Integer.parseInt(field[1]);
                    wall.computeIfAbsent(field[2], name -> new long[rounds])[round] = Long.parseLong(field[3]);
                    cpu.computeIfAbsent(field[2], name -> new long[rounds])[round] = Long.parseLong(field[4]);
                }
                case "failure" -> failures.put(field[1], field[2]);
                default -> throw new UncheckedIOException(new IOException("unexpected line from node: " + line));
            }
        }
        if (wall.isEmpty()) {
            throw new UncheckedIOException(new IOException("node printed no rounds:\n" + output));
        }
        return new DynohotRun(info.get("dynohot"), info.get("node"), bytes, wall, cpu, failures);
    }

    /** All corpora's bytes. */
    public long totalBytes() {
        return corpusBytes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Per round, the sum over corpora of {@code byCorpus} (one of the two time maps). */
    public static long[] totalNanos(Map<String, long[]> byCorpus) {
        List<long[]> all = new ArrayList<>(byCorpus.values());
        long[] total = new long[all.get(0).length];
        for (long[] corpus : all) {
            for (int i = 0; i < total.length; i++) {
                total[i] += corpus[i];
            }
        }
        return total;
    }
}
