package dev.hmrc.cli;

import dev.hmrc.sourcemaps.SourceMapComments;
import dev.hmrc.transformer.ModuleSyntaxError;
import dev.hmrc.transformer.JsLanguage;
import dev.hmrc.transformer.ModuleTransformer;
import dev.hmrc.transformer.TransformOptions;
import dev.hmrc.transformer.TransformResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One run of {@code hmrc transform SRC OUT}: walks SRC, transforms the module files
 * in parallel, writes each output (and its map) under the same relative path in OUT,
 * and reports failures and a summary on stderr.
 *
 * <p>Up to date: a file is skipped when its output (and map, in {@code file} mode)
 * is newer than it, unless {@code force}. OUT keeps a stamp ({@value #STAMP_NAME})
 * of the options that wrote it; a run with other options (or another hmrc version)
 * transforms everything again.
 */
public final class TreeTransform {

    /** The file in OUT that records the hmrc version and options of the last complete run. */
    public static final String STAMP_NAME = ".hmrc-transform";

    /**
     * What to do.
     *
     * @param src         the source folder as given (messages name files under it)
     * @param out         the output folder as given
     * @param mapMode     how maps are delivered
     * @param force       transform even files whose outputs are up to date
     * @param jobs        worker threads (at least 1)
     * @param includeJson also transform {@code .json} files as JSON modules
     * @param terminal    stderr is a terminal (progress rewrites one line)
     */
    public record Request(Path src, Path out, SourceMapMode mapMode, boolean force, int jobs, boolean includeJson,
                          boolean terminal, JsLanguage language) {
    }

    /** The outcome for one file. */
    private record FileOutcome(Status status, long sourceBytes, String message) {
    }

    private enum Status { TRANSFORMED, UP_TO_DATE, FAILED }

    /** A problem with SRC or OUT themselves (not with one file): a usage error. */
    public static final class InvalidTreeException extends Exception {
        InvalidTreeException(String message) {
            super(message);
        }
    }

    private final Request request;
    private final PrintWriter err;

    /**
     * A run of {@code request} that reports failures, skipped links and progress on {@code err}.
     *
     * @param request SRC, OUT and the options
     * @param err where failures, skipped links and progress go
     */
    public TreeTransform(Request request, PrintWriter err) {
        this.request = request;
        this.err = err;
    }

    /**
     * Runs the transform.
     *
     * @return what was transformed, failed, skipped and up to date
     * @throws InvalidTreeException when SRC is not a folder or SRC and OUT overlap so that outputs could replace sources
     * @throws IOException          when SRC cannot be walked or OUT cannot be created
     */
    public TransformReport run() throws InvalidTreeException, IOException {
        long start = System.nanoTime();
        Path src = request.src();
        if (!Files.isDirectory(src)) {
            throw new InvalidTreeException("SRC is not a folder: " + src);
        }
        Path srcReal = src.toRealPath();
        Path outAbsolute = request.out().toAbsolutePath().normalize();
        if (Files.exists(outAbsolute) && !Files.isDirectory(outAbsolute)) {
            throw new InvalidTreeException("OUT is not a folder: " + request.out());
        }
        OutputTree outputs = new OutputTree(request.out());
        checkOverlap(srcReal, outputs.realRoot());
        Path excluded = outputs.realRoot().startsWith(srcReal) ? outputs.realRoot() : null;

        SourceTree tree = SourceTree.walk(src, excluded, request.includeJson());
        for (SourceTree.SkippedPath skipped : tree.skipped()) {
            err.println("hmrc: skipped " + src.resolve(skipped.path()) + ": " + skipped.reason());
        }

        String stamp = stampText();
        Path stampPath = outputs.createTarget(Path.of(STAMP_NAME));
        boolean force = request.force() || !stamp.equals(readOrNull(stampPath));

        List<FileOutcome> outcomes = transformAll(tree.files(), outputs, srcReal, force);

        int transformed = 0;
        int failed = 0;
        int upToDate = 0;
        long bytes = 0;
        for (FileOutcome outcome : outcomes) {
            switch (outcome.status()) {
                case TRANSFORMED -> {
                    transformed++;
                    bytes += outcome.sourceBytes();
                }
                case UP_TO_DATE -> upToDate++;
                case FAILED -> {
                    failed++;
                    String message = outcome.message();
                    err.print(message.endsWith("\n") ? message : message + "\n");
                }
            }
        }
        if (failed == 0) {
            outputs.writeAtomically(stampPath, stamp.getBytes(StandardCharsets.UTF_8));
        }
        err.flush();
        long skippedLinks = tree.skipped().stream().filter(s -> !s.reason().startsWith(SourceTree.SHADOWED_BY_JAVASCRIPT)).count();
        return new TransformReport(transformed, bytes, System.nanoTime() - start, failed, upToDate, (int) skippedLinks);
    }

    /** SRC == OUT and SRC inside OUT would let outputs land on source files. */
    private static void checkOverlap(Path srcReal, Path outReal) throws InvalidTreeException {
        if (srcReal.equals(outReal)) {
            throw new InvalidTreeException("OUT must differ from SRC (outputs would replace the sources)");
        }
        if (srcReal.startsWith(outReal)) {
            throw new InvalidTreeException("SRC must not lie inside OUT (outputs could replace the sources)");
        }
    }

    private List<FileOutcome> transformAll(List<SourceTree.SourceFile> files, OutputTree outputs, Path srcReal,
                                           boolean force) throws IOException {
        ProgressLine progress = new ProgressLine(err, files.size(), request.terminal());
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(request.jobs(), files.size())), runnable -> {
            Thread thread = new Thread(runnable, "hmrc-transform");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>(files.size());
            for (SourceTree.SourceFile file : files) {
                futures.add(workers.submit(() -> {
                    try {
                        return transformOne(file, outputs, srcReal, force);
                    } finally {
                        progress.advance();
                    }
                }));
            }
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), files.get(i)));
            }
            return outcomes;
        } finally {
            workers.shutdownNow();
            progress.finish();
        }
    }

    private FileOutcome await(Future<FileOutcome> future, SourceTree.SourceFile file) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        } catch (ExecutionException crashed) {
            Throwable cause = crashed.getCause();
            return new FileOutcome(Status.FAILED, 0,
                    displayName(file) + ": internal error in hmrc: " + cause);
        }
    }

    private FileOutcome transformOne(SourceTree.SourceFile file, OutputTree outputs, Path srcReal, boolean force) {
        String name = displayName(file);
        try {
            Path relative = file.outputRelative();
            Path mapRelative = relative.resolveSibling(relative.getFileName() + ".map");
            if (!force && upToDate(file, outputs, mapRelative)) {
                return new FileOutcome(Status.UP_TO_DATE, 0, null);
            }
            byte[] bytes = Files.readAllBytes(file.realPath());
            String source = decodeUtf8(bytes, name);
            Path target = outputs.createTarget(relative);
            Path mapTarget = outputs.createTarget(mapRelative);
            ModuleTransformer transformer = new ModuleTransformer(new TransformOptions(
                    mapSourceName(file), true, inputMapLoader(file.realPath(), srcReal)), request.language());
            TransformResult result = file.kind() == SourceTree.Kind.JSON
                    ? transformer.transformJson(source, name)
                    : transformer.transform(source, name);
            StringBuilder code = new StringBuilder(result.code().length() + 64);
            code.append(result.code());
            if (code.isEmpty() || code.charAt(code.length() - 1) != '\n') {
                code.append('\n');
            }
            switch (request.mapMode()) {
                case FILE -> {
                    outputs.writeAtomically(mapTarget, result.map().toJson().getBytes(StandardCharsets.UTF_8));
                    code.append(SourceMapComments.fileComment(urlPathSegment(mapTarget.getFileName().toString())).strip()).append('\n');
                }
                case INLINE -> {
                    outputs.deleteIfPresent(mapTarget);
                    code.append(SourceMapComments.inlineComment(result.map()).strip()).append('\n');
                }
                case NONE -> outputs.deleteIfPresent(mapTarget);
            }
            outputs.writeAtomically(target, code.toString().getBytes(StandardCharsets.UTF_8));
            return new FileOutcome(Status.TRANSFORMED, bytes.length, null);
        } catch (ModuleSyntaxError syntaxError) {
            return new FileOutcome(Status.FAILED, 0, syntaxError.getMessage());
        } catch (IOException ioError) {
            return new FileOutcome(Status.FAILED, 0, name + ": " + describe(ioError));
        }
    }

    /** Outputs exist as regular files and are newer than the source. */
    private boolean upToDate(SourceTree.SourceFile file, OutputTree outputs, Path mapRelative) throws IOException {
        FileTime sourceTime = Files.getLastModifiedTime(file.realPath());
        if (!newer(OutputTree.modifiedTime(outputs.existingTarget(file.outputRelative())), sourceTime)) {
            return false;
        }
        return request.mapMode() != SourceMapMode.FILE
                || newer(OutputTree.modifiedTime(outputs.existingTarget(mapRelative)), sourceTime);
    }

    private static boolean newer(FileTime output, FileTime source) {
        return output != null && output.compareTo(source) > 0;
    }

    /** The map's {@code sources} entry: the source file relative to the map's folder, with {@code /}. */
    private String mapSourceName(SourceTree.SourceFile file) {
        Path sourceAbsolute = request.src().toAbsolutePath().normalize().resolve(file.relative());
        Path outputFolder = request.out().toAbsolutePath().normalize().resolve(file.outputRelative()).getParent();
        try {
            return outputFolder.relativize(sourceAbsolute).toString().replace('\\', '/');
        } catch (IllegalArgumentException differentRoots) {
            return file.realPath().toUri().toString();
        }
    }

    /**
     * Loads an input map named by a {@code sourceMappingURL} of the source: a relative
     * URL resolved against the source's folder, read only when it stays inside SRC.
     * Anything else (absolute, another scheme, missing) gives null: no input map.
     */
    private static Function<String, String> inputMapLoader(Path sourceReal, Path srcReal) {
        return url -> {
            if (url == null || url.isEmpty() || url.contains(":") || url.startsWith("/")) {
                return null;
            }
            try {
                String path = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
                Path candidate = sourceReal.getParent().resolve(path).normalize();
                if (!Files.isRegularFile(candidate)) {
                    return null;
                }
                Path real = candidate.toRealPath();
                return real.startsWith(srcReal) ? Files.readString(real) : null;
            } catch (IOException | IllegalArgumentException unreadable) {
                return null;
            }
        };
    }

    /** How messages name a file: SRC as the user wrote it, then the relative path. */
    private String displayName(SourceTree.SourceFile file) {
        return request.src().resolve(file.relative()).toString();
    }

    private static String decodeUtf8(byte[] bytes, String name) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new IOException("not valid UTF-8");
        }
    }

    private static String describe(IOException error) {
        String message = error.getMessage();
        String kind = error.getClass().getSimpleName();
        return message == null ? kind : kind.equals("IOException") ? message : kind + ": " + message;
    }

    /** Percent-encodes a file name for use as a relative URL. */
    static String urlPathSegment(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private String stampText() {
        return "hmrc " + VersionText.hmrcVersion() + "\nsource-maps=" + request.mapMode().name().toLowerCase()
                + "\njson=" + request.includeJson() + "\n";
    }

    private static String readOrNull(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException | RuntimeException absent) {
            return null;
        }
    }
}
