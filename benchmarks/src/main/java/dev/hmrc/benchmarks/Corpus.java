package dev.hmrc.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A named set of real ES modules from an npm package installed by
 * {@code scripts/fetch-corpora.sh}, loaded into memory in a fixed (sorted) order.
 *
 * @param name  the corpus name, as printed in the tables
 * @param files the modules, sorted by path
 */
public record Corpus(String name, List<CorpusFile> files) {

    /** The corpora of the transform benchmark, in the order the tables list them. */
    public static final List<Selection> TRANSFORM_CORPORA = List.of(
            new Selection("three", "three/src", path -> true),
            new Selection("lodash-es", "lodash-es", path -> true),
            // date-fns also ships cdn.js / cdn.min.js bundles and _lib/cdnPolyfill.js: classic
            // scripts (IIFEs) for <script> tags, not ES modules, so they are left out.
            new Selection("date-fns", "date-fns", path -> !path.getFileName().toString().startsWith("cdn")),
            new Selection("rxjs", "rxjs/dist/esm", path -> true));

    /** Total size of the corpus in bytes. */
    public long bytes() {
        return files.stream().mapToLong(CorpusFile::bytes).sum();
    }

    /**
     * Which files of an installed package form a corpus: every {@code *.js} file under
     * {@code directory} (relative to {@code node_modules}) that {@code accepts}, recursively,
     * skipping nested {@code node_modules}.
     *
     * @param name      the corpus name
     * @param directory the folder under node_modules
     * @param accepts   a further filter on the file's path
     */
    public record Selection(String name, String directory, Predicate<Path> accepts) {

        /** Reads the selected files under {@code nodeModules}; fails if the folder is missing or empty. */
        public Corpus load(Path nodeModules) {
            Path root = nodeModules.resolve(directory).toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                throw new IllegalStateException("corpus " + name + ": " + root
                        + " does not exist; run scripts/fetch-corpora.sh first");
            }
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.filter(Files::isRegularFile)
                        .filter(path -> path.getFileName().toString().endsWith(".js"))
                        .filter(path -> !root.relativize(path).toString().contains("node_modules"))
                        .filter(accepts)
                        .sorted(Comparator.comparing(Path::toString))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("corpus " + name + ": cannot list " + root, e);
            }
            if (paths.isEmpty()) {
                throw new IllegalStateException("corpus " + name + ": no .js files under " + root);
            }
            List<CorpusFile> files = new ArrayList<>(paths.size());
            for (Path path : paths) {
                try {
                    byte[] content = Files.readAllBytes(path);
                    files.add(new CorpusFile(name, path, new String(content, StandardCharsets.UTF_8), content.length));
                } catch (IOException e) {
                    throw new UncheckedIOException("corpus " + name + ": cannot read " + path, e);
                }
            }
            return new Corpus(name, List.copyOf(files));
        }
    }
}
