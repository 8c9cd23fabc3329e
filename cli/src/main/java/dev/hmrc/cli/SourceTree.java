package dev.hmrc.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files {@code hmrc transform} reads from SRC, found by a walk that never leaves
 * SRC: links are not followed by the walk itself; a symbolic link (to a file or a
 * folder) is followed only when its real path stays inside SRC's real path, and is
 * otherwise listed as skipped. One folder (OUT, when it lies inside SRC) is left out.
 *
 * @param files   the module files, sorted by relative path
 * @param skipped paths not walked into, with the reason, in walk order
 */
public record SourceTree(List<SourceFile> files, List<SkippedPath> skipped) {

    /** How the reason of a TypeScript file skipped for the JavaScript file of its output's name starts. */
    static final String SHADOWED_BY_JAVASCRIPT = "its output would be ";

    /** What a source file is transformed as. */
    public enum Kind {
        /** {@code .js} or {@code .mjs}: an ES module. */
        MODULE,
        /** {@code .json}: a JSON module (only with {@code --json}). */
        JSON,
        /** {@code .ts}, {@code .mts}, {@code .cts} (not {@code .d.ts}): a TypeScript module, written as {@code .js}, {@code .mjs}, {@code .cjs}. */
        TYPESCRIPT
    }

    /**
     * One file to transform.
     *
     * @param relative its path under SRC as the walk reached it (link names kept); also its path under OUT
     * @param realPath where its bytes are read from (links resolved)
     * @param kind     module or JSON
     */
    public record SourceFile(Path relative, Path realPath, Kind kind) {
        /** {@return its path under OUT: {@link #relative}, with a TypeScript extension replaced by JavaScript's} */
        public Path outputRelative() {
            if (kind != Kind.TYPESCRIPT) {
                return relative;
            }
            String name = relative.getFileName().toString();
            String javaScript = name.endsWith(".mts") ? name.substring(0, name.length() - 4) + ".mjs"
                    : name.endsWith(".cts") ? name.substring(0, name.length() - 4) + ".cjs"
                    : name.substring(0, name.length() - 3) + ".js";
            return relative.resolveSibling(javaScript);
        }
    }

    /**
     * A path the walk did not take.
     *
     * @param path   the path under SRC
     * @param reason why, e.g. {@code link points outside SRC (-> /etc/passwd)}
     */
    public record SkippedPath(Path path, String reason) {
    }

    /**
     * Walks {@code srcRoot}.
     *
     * @param srcRoot     the SRC folder (must exist)
     * @param excludeReal a real folder path to leave out (OUT), or null
     * @param includeJson whether {@code .json} files are listed
     * @return the files to transform and the links skipped
     * @throws IOException when the walk fails
     */
    public static SourceTree walk(Path srcRoot, Path excludeReal, boolean includeJson) throws IOException {
        Path srcReal = srcRoot.toRealPath();
        Walk walk = new Walk(srcReal, excludeReal, includeJson);
        Set<Path> foldersOnPath = new HashSet<>();
        foldersOnPath.add(srcReal);
        walk.folder(srcReal, srcRoot.getFileSystem().getPath(""), foldersOnPath);
        walk.files.sort((a, b) -> a.relative().toString().compareTo(b.relative().toString()));
        // x.ts beside x.js would both write x.js: the JavaScript file keeps its name, the TypeScript one is skipped
        Set<Path> javaScriptOutputs = new HashSet<>();
        for (SourceFile file : walk.files) {
            if (file.kind() != Kind.TYPESCRIPT) {
                javaScriptOutputs.add(file.relative());
            }
        }
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile file : walk.files) {
            if (file.kind() == Kind.TYPESCRIPT && javaScriptOutputs.contains(file.outputRelative())) {
                walk.skipped.add(new SkippedPath(file.relative(), SHADOWED_BY_JAVASCRIPT + file.outputRelative()
                        + ", the path of the JavaScript file beside it"));
            } else {
                files.add(file);
            }
        }
        return new SourceTree(List.copyOf(files), List.copyOf(walk.skipped));
    }

    /** Whether a file name is one {@code hmrc transform} handles, and as what (null: not at all). */
    static Kind kindOf(String fileName, boolean includeJson) {
        if (fileName.endsWith(".js") || fileName.endsWith(".mjs")) {
            return Kind.MODULE;
        }
        if (dev.hmrc.transformer.typescript.TypeStripper.isTypeScriptFile(fileName)) {
            return Kind.TYPESCRIPT;
        }
        if (includeJson && fileName.endsWith(".json")) {
            return Kind.JSON;
        }
        return null;
    }

    /** The state of one walk. */
    private static final class Walk {
        final Path srcReal;
        final Path excludeReal;
        final boolean includeJson;
        final List<SourceFile> files = new ArrayList<>();
        final List<SkippedPath> skipped = new ArrayList<>();

        Walk(Path srcReal, Path excludeReal, boolean includeJson) {
            this.srcReal = srcReal;
            this.excludeReal = excludeReal;
            this.includeJson = includeJson;
        }

        /**
         * Lists one folder.
         *
         * @param realFolder    the folder's real path (where entries are read)
         * @param relative      its path under SRC as reached
         * @param foldersOnPath real paths of the folders from SRC down to here (link cycles)
         */
        void folder(Path realFolder, Path relative, Set<Path> foldersOnPath) throws IOException {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(realFolder)) {
                stream.forEach(entries::add);
            }
            entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            for (Path entry : entries) {
                Path entryRelative = relative.resolve(entry.getFileName().toString());
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                Path entryReal = entry;
                if (attributes.isSymbolicLink()) {
                    try {
                        entryReal = entry.toRealPath();
                    } catch (IOException broken) {
                        skip(entryRelative, "broken link");
                        continue;
                    }
                    if (!entryReal.startsWith(srcReal)) {
                        skip(entryRelative, "link points outside SRC (-> " + entryReal + ")");
                        continue;
                    }
                    attributes = Files.readAttributes(entryReal, BasicFileAttributes.class);
                }
                if (attributes.isDirectory()) {
                    if (excludeReal != null && entryReal.equals(excludeReal)) {
                        continue; // OUT inside SRC: never read our own outputs
                    }
                    if (!foldersOnPath.add(entryReal)) {
                        skip(entryRelative, "link cycle (-> " + entryReal + ")");
                        continue;
                    }
                    folder(entryReal, entryRelative, foldersOnPath);
                    foldersOnPath.remove(entryReal);
                } else if (attributes.isRegularFile()) {
                    if (excludeReal != null && entryReal.startsWith(excludeReal)) {
                        continue; // a link into OUT
                    }
                    Kind kind = kindOf(entry.getFileName().toString(), includeJson);
                    if (kind != null) {
                        files.add(new SourceFile(entryRelative, entryReal, kind));
                    }
                }
            }
        }

        void skip(Path relative, String reason) {
            skipped.add(new SkippedPath(relative, reason));
        }
    }
}
