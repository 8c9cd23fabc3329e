package dev.hmrc.runtime.link;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

/**
 * A content-addressed on-disk store of transformed modules, shared by every process of a
 * user: an entry's key is a hash of everything the transform's output depends on (the
 * source bytes, the module type, the file path that the map's {@code sources} names, and
 * a fingerprint of the transformer's own code), its value the transformed code, source map
 * and module record. Since the key covers the input, an entry never goes stale; a changed
 * file simply has a new key.
 *
 * <p>Best effort throughout: a missing, truncated, corrupt or foreign entry (wrong magic,
 * another key, bad checksum) reads as a miss, and the caller's {@link #put} rewrites it; an
 * I/O error never fails a load. Writes go to a temporary file in the entry's folder and are
 * renamed into place atomically, so concurrent readers and writers (threads or processes)
 * see a whole entry or none. The store is bounded: when this process has written an eighth
 * of the bound (and at its first write), entries are listed and the least recently used
 * (by modification time, which a hit refreshes once a day) are deleted until the total is
 * under 80 % of the bound.
 *
 * <p>An entry is code that will run, so the folder must be writable by its user only: a
 * folder this class creates gets owner-only permissions (on POSIX file systems), and one
 * shared with other users (as {@code HMRC_CACHE_DIR} could name) trusts them with that code.
 *
 * <p>Layout: {@code <folder>/<first two hex digits of the key>/<key>.hmrct}. Thread-safe.
 */
public final class TransformCache {

    /** The environment variable naming the cache folder; {@code off} turns the cache off. */
    public static final String FOLDER_VARIABLE = "HMRC_CACHE_DIR";
    /** The default bound on the entries' total size: 256 MiB. */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    private static final byte[] MAGIC = "HMRCTC01".getBytes(StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".hmrct";
    private static final long REFRESH_AFTER_MILLIS = 24L * 3600 * 1000;

    /** One stored transform: the three parts of a {@code TransformResult}, as text. */
    public record Entry(String code, String mapJson, String recordJson) {
    }

    private final Path folder;
    private final long maxBytes;
    private final AtomicLong writtenSinceTrim = new AtomicLong(-1);

    private TransformCache(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /** A cache in {@code folder} (created on the first write) holding at most about {@code maxBytes}. */
    public static TransformCache open(Path folder, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        return new TransformCache(folder.toAbsolutePath().normalize(), maxBytes);
    }

    /**
     * Where the cache lives by default, or null when it is turned off: {@code $HMRC_CACHE_DIR}
     * (the value {@code off} turns it off), else {@code $XDG_CACHE_HOME/hmrc}, else
     * {@code <home>/.cache/hmrc}, as other tools on Linux keep theirs.
     */
    public static Path defaultFolder(Map<String, String> environment, String userHome) {
        String configured = environment.get(FOLDER_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return configured.strip().equalsIgnoreCase("off") ? null : Path.of(configured.strip());
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "hmrc");
        }
        return Path.of(userHome, ".cache", "hmrc");
    }

    /** The folder this cache keeps its entries in. */
    public Path folder() {
        return folder;
    }

    /**
     * The key of one transform's input: SHA-256 (hex) of the cache format, {@code fingerprint}
     * (the transformer's code and options), the module type, the path and the source bytes,
     * each part length-prefixed so that no two inputs run together.
     */
    public static String key(String fingerprint, String type, String path, byte[] source) {
        MessageDigest digest = sha256();
        update(digest, MAGIC);
        update(digest, fingerprint.getBytes(StandardCharsets.UTF_8));
        update(digest, type.getBytes(StandardCharsets.UTF_8));
        update(digest, path.getBytes(StandardCharsets.UTF_8));
        update(digest, source);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, byte[] part) {
        digest.update(ByteBuffer.allocate(8).putLong(part.length).array());
        digest.update(part);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("the JDK has no SHA-256", absent);
        }
    }

    /** The stored entry for {@code key}, or null when there is none or it is unreadable, corrupt or foreign. */
    public Entry get(String key) {
        Path file = entryFile(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | UncheckedIOException absent) {
            return null;
        }
        Entry entry = decode(bytes, key);
        if (entry != null) {
            refresh(file);
        }
        return entry;
    }

    /** Stores {@code entry} under {@code key}, replacing what is there; I/O errors are ignored. */
    public void put(String key, Entry entry) {
        byte[] bytes = encode(key, entry);
        Path file = entryFile(key);
        Path temporary = null;
        try {
            if (!Files.isDirectory(folder)) {
                createOwnerOnly(folder);
            }
            Files.createDirectories(file.getParent());
            temporary = file.resolveSibling(key + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (IOException | UncheckedIOException | UnsupportedOperationException notWritten) {
            return;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a left-over temporary file is deleted by trim()
                }
            }
        }
        long written = writtenSinceTrim.getAndAdd(bytes.length);
        if (written < 0 || written + bytes.length > maxBytes / 8) {
            writtenSinceTrim.set(0);
            trim();
        }
    }

    /**
     * Deletes least recently used entries (and stray temporary files older than a minute)
     * until the entries' total size is under 80 % of the bound, when it is over the bound.
     */
    public void trim() {
        List<Path> files = new ArrayList<>();
        List<BasicFileAttributes> attributes = new ArrayList<>();
        long total = 0;
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path shard : shards) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(shard)) {
                    for (Path file : entries) {
                        BasicFileAttributes a;
                        try {
                            a = Files.readAttributes(file, BasicFileAttributes.class);
                        } catch (IOException gone) {
                            continue;
                        }
                        String name = file.getFileName().toString();
                        if (name.endsWith(".tmp")) {
                            if (now - a.lastModifiedTime().toMillis() > 60_000) {
                                Files.deleteIfExists(file);
                            }
                        } else if (name.endsWith(SUFFIX)) {
                            files.add(file);
                            attributes.add(a);
                            total += a.size();
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException unlisted) {
            return;
        }
        if (total <= maxBytes) {
            return;
        }
        Integer[] order = new Integer[files.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing(i -> attributes.get(i).lastModifiedTime()));
        long goal = maxBytes / 10 * 8;
        for (int i = 0; i < order.length && total > goal; i++) {
            try {
                Files.deleteIfExists(files.get(order[i]));
                total -= attributes.get(order[i]).size();
            } catch (IOException notDeleted) {
                // another process may hold it; try the next one
            }
        }
    }

    /** Creates {@code folder} (and missing parents) with owner-only permissions where the file system has them. */
    private static void createOwnerOnly(Path folder) throws IOException {
        try {
            Files.createDirectories(folder, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(folder);
        }
    }

    Path entryFile(String key) {
        if (key.length() < 3 || !key.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        return folder.resolve(key.substring(0, 2)).resolve(key + SUFFIX);
    }

    /** A hit marks the entry as used, at most once a day (one write for a whole day of hits). */
    private static void refresh(Path file) {
        try {
            long now = System.currentTimeMillis();
            if (now - Files.getLastModifiedTime(file).toMillis() > REFRESH_AFTER_MILLIS) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(now));
            }
        } catch (IOException | UncheckedIOException ignored) {
            // the entry just ages; eviction may take it earlier
        }
    }

    /** Magic, key, the three texts (length-prefixed UTF-8), then a CRC-32 of all that precedes it. */
    static byte[] encode(String key, Entry entry) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(
                64 + 3 * (entry.code().length() + entry.mapJson().length() + entry.recordJson().length()) / 2);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            writeText(out, key);
            writeText(out, entry.code());
            writeText(out, entry.mapJson());
            writeText(out, entry.recordJson());
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(buffer.toByteArray());
            out.writeInt((int) crc.getValue());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return buffer.toByteArray();
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The entry {@link #encode} wrote for {@code key}, or null when {@code bytes} are anything else. */
    static Entry decode(byte[] bytes, String key) {
        if (bytes.length < MAGIC.length + 4 * 5) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            return null;
        }
        String storedKey = readText(in, bytes.length - 4);
        String code = readText(in, bytes.length - 4);
        String map = readText(in, bytes.length - 4);
        String record = readText(in, bytes.length - 4);
        if (storedKey == null || code == null || map == null || record == null || in.position() != bytes.length - 4
                || !storedKey.equals(key)) {
            return null;
        }
        return new Entry(code, map, record);
    }

    private static String readText(ByteBuffer in, int limit) {
        if (in.position() + 4 > limit) {
            return null;
        }
        int length = in.getInt();
        if (length < 0 || length > limit - in.position()) {
            return null;
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    /** Whether an entry file exists for {@code key} (for tests and tools). */
    boolean contains(String key) {
        try {
            return Files.size(entryFile(key)) > 0;
        } catch (NoSuchFileException absent) {
            return false;
        } catch (IOException unreadable) {
            return false;
        }
    }
}
