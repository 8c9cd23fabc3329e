package dev.hmrc.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The OUT folder of {@code hmrc transform}: every path it hands out or writes lies
 * inside OUT's real path. Folders are resolved one name at a time from OUT's real
 * path, so neither {@code ..} nor a symbolic link inside OUT can lead a write out
 * of it. Files are written atomically (temporary file in the same folder, then a
 * move), so an interrupted run never leaves a half-written output.
 */
public final class OutputTree {

    private final Path outReal;

    /**
     * Creates OUT if needed.
     *
     * @param outRoot the OUT folder
     * @throws IOException when OUT cannot be created or its real path not read
     */
    public OutputTree(Path outRoot) throws IOException {
        Files.createDirectories(outRoot);
        this.outReal = outRoot.toRealPath();
    }

    /**
     * OUT's real path.
     *
     * @return OUT's real path
     */
    public Path realRoot() {
        return outReal;
    }

    /**
     * The real path the output at {@code relative} would have (the file itself need not
     * exist), or null when a folder on the way does not exist yet.
     *
     * @param relative the output's path relative to OUT
     * @return the output's real path, or null when a folder on the way is missing
     * @throws IOException when the path would leave OUT or a name on the way is not a folder
     */
    public Path existingTarget(Path relative) throws IOException {
        return target(relative, false);
    }

    /**
     * Like {@link #existingTarget} but creates the missing folders (inside OUT only).
     *
     * @param relative the output's path relative to OUT
     * @return the output's real path, its folders created
     * @throws IOException when the path would leave OUT or a folder cannot be created
     */
    public Path createTarget(Path relative) throws IOException {
        return target(relative, true);
    }

    private Path target(Path relative, boolean create) throws IOException {
        if (relative.isAbsolute() || relative.getNameCount() == 0) {
            throw new IOException("not a relative output path: " + relative);
        }
        Path folder = outReal;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            folder = step(folder, relative.getName(i).toString(), relative, create);
            if (folder == null) {
                return null;
            }
        }
        String fileName = relative.getFileName().toString();
        checkName(fileName, relative);
        Path file = folder.resolve(fileName);
        if (!file.normalize().startsWith(outReal)) {
            throw new IOException("output path leaves OUT: " + relative);
        }
        return file;
    }

    private Path step(Path folder, String name, Path relative, boolean create) throws IOException {
        checkName(name, relative);
        Path next = folder.resolve(name);
        if (Files.isSymbolicLink(next)) {
            Path real = next.toRealPath();
            if (!real.startsWith(outReal)) {
                throw new IOException("output folder is a link out of OUT: " + next + " -> " + real);
            }
            next = real;
        }
        if (Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS)) {
            return next;
        }
        if (!create) {
            if (Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("not a folder: " + next);
            }
            return null;
        }
        try {
            Files.createDirectory(next);
        } catch (FileAlreadyExistsException existing) {
            // another worker may have created it since the check above: fine if it is a folder
            if (!Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("not a folder: " + next);
            }
        }
        return next;
    }

    private static void checkName(String name, Path relative) throws IOException {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new IOException("output path leaves OUT: " + relative);
        }
    }

    /**
     * {@return the modification time of a regular file (not a link) at {@code file}, or null when there is none}
     *
     * @param file a path, or null
     */
    public static FileTime modifiedTime(Path file) {
        if (file == null) {
            return null;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? attributes.lastModifiedTime() : null;
        } catch (IOException absent) {
            return null;
        }
    }

    /**
     * Writes {@code bytes} to {@code target} (a path from {@link #createTarget}) atomically:
     * readers see the old file or the new one, never a part.
     *
     * @param target where to write, inside OUT
     * @param bytes the whole new content
     * @throws IOException when {@code target} is outside OUT or writing or moving fails
     */
    public void writeAtomically(Path target, byte[] bytes) throws IOException {
        if (!target.startsWith(outReal)) {
            throw new IOException("refusing to write outside OUT: " + target);
        }
        // Not Files.createTempFile: its 0600 permissions would carry over to the output.
        Path temporary = target.resolveSibling(
                "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Deletes a stale output (e.g. a {@code .map} left from an earlier {@code --source-maps=file} run).
     *
     * @param target a path from {@link #createTarget} or {@link #existingTarget}, or null
     * @throws IOException when the file exists and cannot be deleted
     */
    public void deleteIfPresent(Path target) throws IOException {
        if (target != null && target.startsWith(outReal)) {
            Files.deleteIfExists(target);
        }
    }
}
