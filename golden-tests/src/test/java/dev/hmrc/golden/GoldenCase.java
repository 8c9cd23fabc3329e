package dev.hmrc.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One golden case: a folder holding {@code input.mjs} (or {@code input.json}
 * for a JSON module) and the expected outputs beside it.
 *
 * @param name   the folder name, {@code NNN-short-name}
 * @param folder the folder
 * @param input  the input file
 */
record GoldenCase(String name, Path folder, Path input) {

    /** Expected transformed code. */
    static final String OUTPUT = "output.js";
    /** Expected decoded source map, see {@link MappingListing}. */
    static final String MAPPINGS = "mappings.txt";
    /** Expected module record, pretty-printed. */
    static final String RECORD = "record.json";
    /** Expected syntax error (instead of the three files above). */
    static final String ERROR = "error.txt";

    /** Every case folder under {@code root}, in name order. */
    static List<GoldenCase> all(Path root) {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted().map(GoldenCase::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoldenCase of(Path folder) {
        Path module = folder.resolve("input.mjs");
        Path json = folder.resolve("input.json");
        if (Files.exists(module) == Files.exists(json)) {
            throw new IllegalStateException(folder + " must hold exactly one of input.mjs and input.json");
        }
        return new GoldenCase(folder.getFileName().toString(), folder, Files.exists(module) ? module : json);
    }

    boolean isJson() {
        return input.getFileName().toString().endsWith(".json");
    }

    /** The name the transform is given for the source (and that the map's sources list holds). */
    String sourceName() {
        return input.getFileName().toString();
    }

    String inputText() {
        return read(input);
    }

    /** The expected file's text, or null when the case has no such file. */
    String expected(String fileName) {
        Path file = folder.resolve(fileName);
        return Files.exists(file) ? read(file) : null;
    }

    void writeExpected(String fileName, String text) {
        try {
            Files.writeString(folder.resolve(fileName), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteExpected(String fileName) {
        try {
            Files.deleteIfExists(folder.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
