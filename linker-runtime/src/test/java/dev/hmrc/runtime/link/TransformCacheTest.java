package dev.hmrc.runtime.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The on-disk transform cache: keys, hits and misses, damaged entries, concurrent use, the size bound. */
class TransformCacheTest {

    @TempDir
    Path temp;

    private static final TransformCache.Entry ENTRY =
            new TransformCache.Entry("({*execute(){}}).execute\n// ünïcode\n", "{\"version\":3}", "{\"requests\":[]}");

    private static String key(String source) {
        return TransformCache.key("fp", "javascript", "/a/b.mjs", source.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void missThenHitReturnsWhatWasStored() {
        TransformCache cache = TransformCache.open(temp, 1 << 20);
        String key = key("export const x = 1;");
        assertNull(cache.get(key));
        cache.put(key, ENTRY);
        assertEquals(ENTRY, cache.get(key));
        assertEquals(ENTRY, TransformCache.open(temp, 1 << 20).get(key), "another instance (process) sees it");
        assertTrue(Files.exists(temp.resolve(key.substring(0, 2)).resolve(key + ".hmrct")));
    }

    @Test
    void aFolderItCreatesIsTheOwnersOnly() throws Exception {
        Path folder = temp.resolve("new").resolve("cache");
        TransformCache cache = TransformCache.open(folder, 1 << 20);
        cache.put(key("p"), ENTRY);
        assertEquals(ENTRY, cache.get(key("p")));
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(folder)));
        }
    }

    @Test
    void keyCoversEveryPartOfTheInput() {
        byte[] source = "x".getBytes(StandardCharsets.UTF_8);
        String base = TransformCache.key("fp", "javascript", "/p.mjs", source);
        assertEquals(base, TransformCache.key("fp", "javascript", "/p.mjs", "x".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(base, TransformCache.key("fp2", "javascript", "/p.mjs", source));
        assertNotEquals(base, TransformCache.key("fp", "json", "/p.mjs", source));
        assertNotEquals(base, TransformCache.key("fp", "javascript", "/q.mjs", source));
        assertNotEquals(base, TransformCache.key("fp", "javascript", "/p.mjs", "y".getBytes(StandardCharsets.UTF_8)));
        // Parts are length-prefixed: moving a byte from one part to the next changes the key.
        assertNotEquals(TransformCache.key("fp", "javascript", "/p.mjsx", new byte[0]),
                TransformCache.key("fp", "javascript", "/p.mjs", source));
        assertEquals(64, base.length());
    }

    @Test
    void damagedEntriesReadAsMissesAndAreRewritten() throws Exception {
        TransformCache cache = TransformCache.open(temp, 1 << 20);
        String key = key("a");
        cache.put(key, ENTRY);
        Path file = cache.entryFile(key);
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x20;
        Files.write(file, flipped);
        assertNull(cache.get(key), "a flipped byte fails the checksum");

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 7));
        assertNull(cache.get(key), "truncated");

        Files.write(file, new byte[0]);
        assertNull(cache.get(key), "empty");

        Files.writeString(file, "not a cache entry at all, but long enough to be read as one");
        assertNull(cache.get(key), "garbage");

        cache.put(key, ENTRY);
        assertEquals(ENTRY, cache.get(key), "rewritten by put");
    }

    @Test
    void anEntryStoredUnderAnotherKeyIsForeign() throws Exception {
        TransformCache cache = TransformCache.open(temp, 1 << 20);
        String a = key("a");
        String b = key("b");
        cache.put(a, ENTRY);
        Path target = cache.entryFile(b);
        Files.createDirectories(target.getParent());
        Files.copy(cache.entryFile(a), target);
        assertNull(cache.get(b));
        assertEquals(ENTRY, cache.get(a));
    }

    @Test
    void anUnwritableFolderIsJustNoCache() throws Exception {
        Path file = temp.resolve("plain-file");
        Files.writeString(file, "x");
        TransformCache cache = TransformCache.open(file, 1 << 20); // its "folder" is a file
        cache.put(key("a"), ENTRY);
        assertNull(cache.get(key("a")));
    }

    @Test
    void concurrentWritersAndReadersSeeWholeEntriesOnly() throws Exception {
        TransformCache cache = TransformCache.open(temp, 64L << 20);
        int keys = 8;
        List<String> names = new ArrayList<>();
        List<TransformCache.Entry> entries = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            names.add(key("module " + k));
            entries.add(new TransformCache.Entry("code " + k + "x".repeat(20_000 * (k + 1)), "map " + k, "record " + k));
        }
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int seed = t;
                results.add(threads.submit(() -> {
                    int hits = 0;
                    for (int i = 0; i < 300; i++) {
                        int k = (i * 7 + seed) % keys;
                        if ((i + seed) % 3 == 0) {
                            cache.put(names.get(k), entries.get(k));
                        } else {
                            TransformCache.Entry read = cache.get(names.get(k));
                            if (read != null) {
                                assertEquals(entries.get(k), read, "entry " + k);
                                hits++;
                            }
                        }
                    }
                    return hits;
                }));
            }
            int hits = 0;
            for (Future<Integer> result : results) {
                hits += result.get();
            }
            assertTrue(hits > 0, "some reads hit");
        } finally {
            threads.shutdownNow();
        }
        for (int k = 0; k < keys; k++) {
            assertEquals(entries.get(k), cache.get(names.get(k)));
        }
        try (Stream<Path> files = Files.walk(temp)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp")), "no temporary file left behind");
        }
    }

    @Test
    void trimDeletesTheLeastRecentlyUsedEntriesDownToTheBound() throws Exception {
        long bound = 40_000;
        TransformCache cache = TransformCache.open(temp, bound);
        TransformCache.Entry big = new TransformCache.Entry("c".repeat(5_000), "m", "r"); // ~5 kB per entry
        List<String> names = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            String name = key("m" + k);
            names.add(name);
            cache.put(name, big);
            // Entry k was last used k minutes ago... reversed: later entries are newer.
            Files.setLastModifiedTime(cache.entryFile(name), FileTime.fromMillis(1_000_000_000_000L + k * 60_000L));
        }
        cache.trim();
        long total = 0;
        Set<String> left = new HashSet<>();
        for (String name : names) {
            if (Files.exists(cache.entryFile(name))) {
                total += Files.size(cache.entryFile(name));
                left.add(name);
            }
        }
        assertTrue(total <= bound, "total " + total + " within " + bound);
        assertFalse(left.isEmpty());
        // What is left is the newest entries, without a gap.
        int oldestLeft = names.indexOf(names.stream().filter(left::contains).findFirst().orElseThrow());
        for (int k = oldestLeft; k < names.size(); k++) {
            assertTrue(left.contains(names.get(k)), "entry " + k + " kept");
        }
        assertTrue(oldestLeft > 0, "old entries were deleted");
    }

    @Test
    void writesTrimByThemselves() throws Exception {
        long bound = 30_000;
        TransformCache cache = TransformCache.open(temp, bound);
        TransformCache.Entry big = new TransformCache.Entry("c".repeat(4_000), "m", "r");
        for (int k = 0; k < 50; k++) {
            cache.put(key("w" + k), big);
        }
        long total;
        try (Stream<Path> files = Files.walk(temp)) {
            total = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertTrue(total <= bound + bound / 8 + 4_100, "total " + total + " stays near the bound " + bound);
    }

    @Test
    void defaultFolderFollowsTheEnvironment() {
        assertEquals(Path.of("/custom/dir"), TransformCache.defaultFolder(Map.of("HMRC_CACHE_DIR", "/custom/dir"), "/home/u"));
        assertNull(TransformCache.defaultFolder(Map.of("HMRC_CACHE_DIR", "off"), "/home/u"));
        assertNull(TransformCache.defaultFolder(Map.of("HMRC_CACHE_DIR", "OFF", "XDG_CACHE_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/x/hmrc"), TransformCache.defaultFolder(Map.of("XDG_CACHE_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/hmrc"), TransformCache.defaultFolder(Map.of("XDG_CACHE_HOME", "relative"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/hmrc"), TransformCache.defaultFolder(Map.of(), "/home/u"));
    }

    @Test
    void keysAreCheckedBeforeTheyNameAFile() {
        TransformCache cache = TransformCache.open(temp, 1 << 20);
        assertThrows(IllegalArgumentException.class, () -> cache.get("../../etc/passwd"));
    }
}
