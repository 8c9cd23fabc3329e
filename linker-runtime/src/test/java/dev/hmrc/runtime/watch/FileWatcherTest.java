package dev.hmrc.runtime.watch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real watcher (JDK watch service, inotify on Linux) on real temporary folders. No
 * test asserts a time: waits are bounded polls (up to {@link #WAIT}), and "nothing was
 * reported" is always shown by a later real change that arrives alone. Tests that count
 * change sets use a generous quiet window, so that one burst stays one change set on a
 * loaded machine; the default options are tested on outcomes (the union of what was
 * reported).
 */
class FileWatcherTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    /** Wide enough that a burst of a few file operations never splits, even on a loaded 2-core machine. */
    private static final WatchOptions GENEROUS = WatchOptions.defaults()
            .withQuiet(Duration.ofMillis(150)).withMaxWait(Duration.ofSeconds(2));

    @TempDir
    Path temp;

    private final LinkedBlockingQueue<ChangeSet> reports = new LinkedBlockingQueue<>();
    private final List<FileWatcher> watchers = new ArrayList<>();

    @AfterEach
    void closeWatchers() {
        watchers.forEach(FileWatcher::close);
    }

    private FileWatcher start(WatchOptions options) throws IOException {
        FileWatcher watcher = new FileWatcher(options, Runnable::run, reports::add);
        watchers.add(watcher);
        return watcher;
    }

    private Path real() throws IOException {
        return temp.toRealPath();
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The next change set, failing after {@link #WAIT}. */
    private ChangeSet next() throws InterruptedException {
        ChangeSet changes = reports.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(changes, "no change set within " + WAIT);
        return changes;
    }

    private static ChangeSet changed(Path... paths) {
        return ChangeSet.of(Set.of(paths), Set.of());
    }

    private static ChangeSet deleted(Path... paths) {
        return ChangeSet.of(Set.of(), Set.of(paths));
    }

    /** Waits until the change sets reported cover {@code expected} (changed), failing on anything else. */
    private void awaitUnionChanged(Set<Path> expected) throws InterruptedException {
        Set<Path> seen = new TreeSet<>();
        while (!seen.equals(expected)) {
            ChangeSet changes = next();
            assertEquals(Set.of(), changes.deleted(), "nothing was deleted");
            seen.addAll(changes.changed());
            assertTrue(expected.containsAll(seen), "unexpected files reported: " + seen);
        }
    }

    @Test
    void aSingleEditIsReportedOnce() throws Exception {
        Path a = write(real().resolve("a.js"), "export const a = 1;\n");
        Path b = write(real().resolve("b.js"), "export const b = 1;\n");
        FileWatcher watcher = start(GENEROUS);
        assertTrue(watcher.watch(a));
        assertTrue(watcher.watch(b));

        write(a, "export const a = 2;\n");
        assertEquals(changed(a), next());
        // Nothing more for a: the next report is b's own edit, alone.
        write(b, "export const b = 2;\n");
        assertEquals(changed(b), next());
    }

    @Test
    void defaultOptionsReportEveryEdit() throws Exception {
        Path a = write(real().resolve("a.js"), "0");
        FileWatcher watcher = start(WatchOptions.defaults());
        watcher.watch(a);
        for (int i = 1; i <= 20; i++) {
            write(a, "version " + i);
            awaitUnionChanged(Set.of(a));
            assertEquals("version " + i, Files.readString(a));
        }
        assertEquals(Set.of(a), watcher.watched());
    }

    @Test
    void theFirstEventListenerHearsOfABurstBeforeItsChangeSetAndOncePerBurst() throws Exception {
        Path a = write(real().resolve("a.js"), "old");
        Path b = write(real().resolve("b.js"), "b");
        LinkedBlockingQueue<Object> told = new LinkedBlockingQueue<>();
        FileWatcher watcher = new FileWatcher(GENEROUS, Runnable::run, told::add, told::add);
        watchers.add(watcher);
        watcher.watch(a);
        watcher.watch(b);

        write(a, "new");
        write(a, "newer"); // the same burst (the quiet window is wide)
        assertEquals(Set.of(a), told.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS), "first told the file");
        assertEquals(changed(a), told.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS), "then its change set, once");
        // A later burst is told again; b's edit arrives alone, so nothing else was told in between.
        write(b, "b2");
        assertEquals(Set.of(b), told.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        assertEquals(changed(b), told.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Test
    void writeThenRenameOverIsOneChange() throws Exception {
        Path a = write(real().resolve("a.js"), "old");
        FileWatcher watcher = start(GENEROUS);
        watcher.watch(a);

        Path temporary = write(real().resolve(".a.js.swp"), "new");
        Files.move(temporary, a, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertEquals(changed(a), next());
        assertEquals(Set.of(a), watcher.watched(), "the temporary file is not watched");
        // Still watched after its inode was replaced.
        write(a, "newer");
        assertEquals(changed(a), next());
    }

    @Test
    void deleteThenCreateIsOneChange() throws Exception {
        Path a = write(real().resolve("a.js"), "old");
        FileWatcher watcher = start(GENEROUS);
        watcher.watch(a);

        Files.delete(a);
        write(a, "new");
        assertEquals(changed(a), next());
    }

    @Test
    void truncateThenWriteIsOneChange() throws Exception {
        Path a = write(real().resolve("a.js"), "old content");
        Path b = write(real().resolve("b.js"), "b");
        FileWatcher watcher = start(GENEROUS);
        watcher.watch(a);
        watcher.watch(b);

        Files.writeString(a, ""); // truncated: an empty file is held back ...
        Thread.sleep(GENEROUS.quiet().toMillis() * 2); // ... even past the quiet window ...
        Files.writeString(a, "new content"); // ... and the write completes the save
        assertEquals(changed(a), next());
        write(b, "b2");
        assertEquals(changed(b), next(), "the empty state in between was never reported");
    }

    @Test
    void aTouchOrSaveWithoutChangeReportsNothing() throws Exception {
        Path a = write(real().resolve("a.js"), "same");
        Path b = write(real().resolve("b.js"), "b");
        FileWatcher watcher = start(GENEROUS);
        watcher.watch(a);
        watcher.watch(b);

        Files.setLastModifiedTime(a, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        write(a, "same");
        Path temporary = write(real().resolve("a.js.tmp"), "same");
        Files.move(temporary, a, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Thread.sleep(GENEROUS.quiet().toMillis() * 2);
        write(b, "b changed");
        assertEquals(changed(b), next(), "a's events left its bytes unchanged");
    }

    @Test
    void severalFilesSavedInOneBurstAreOneChangeSet() throws Exception {
        List<Path> paths = new ArrayList<>();
        FileWatcher watcher = start(GENEROUS);
        for (int i = 0; i < 5; i++) {
            Path file = write(real().resolve("m" + i + ".js"), "v0");
            watcher.watch(file);
            paths.add(file);
        }
        Path other = write(real().resolve("sub/other.js"), "v0");
        watcher.watch(other);
        paths.add(other);

        for (Path file : paths) {
            write(file, "v1");
        }
        assertEquals(ChangeSet.of(new HashSet<>(paths), Set.of()), next());
    }

    @Test
    void severalFilesWithDefaultOptionsAreAllReported() throws Exception {
        Set<Path> paths = new TreeSet<>();
        FileWatcher watcher = start(WatchOptions.defaults());
        for (int i = 0; i < 8; i++) {
            Path file = write(real().resolve("d" + (i % 2) + "/m" + i + ".js"), "v0");
            watcher.watch(file);
            paths.add(file);
        }
        for (Path file : paths) {
            write(file, "v1");
        }
        awaitUnionChanged(paths);
    }

    @Test
    void aDeletedFileIsReportedAndRecoversWhenRestored() throws Exception {
        Path a = write(real().resolve("a.js"), "content");
        FileWatcher watcher = start(GENEROUS);
        watcher.watch(a);

        Files.delete(a);
        assertEquals(deleted(a), next());
        assertEquals(Set.of(a), watcher.watched(), "still watched");
        write(a, "content"); // the same bytes as before: a change against the deleted state
        assertEquals(changed(a), next());
        write(a, "content 2");
        assertEquals(changed(a), next());
    }

    @Test
    void aDeletedFolderIsReportedAndRecoversWhenRecreated() throws Exception {
        Path a = write(real().resolve("lib/a.js"), "a1");
        Path b = write(real().resolve("lib/b.js"), "b1");
        FileWatcher watcher = start(GENEROUS);
        watcher.watch(a);
        watcher.watch(b);

        Files.delete(a);
        Files.delete(b);
        Files.delete(a.getParent());
        assertEquals(deleted(a, b), next());
        write(a, "a2");
        awaitUnionChanged(Set.of(a)); // the folder may appear in one burst and a.js in another
        write(b, "b2");
        assertEquals(changed(b), next());
    }

    @Test
    void unwatchStopsReportsAndReleasesTheFolder() throws Exception {
        Path a = write(real().resolve("x/a.js"), "a");
        Path a2 = write(real().resolve("x/a2.js"), "a2");
        Path b = write(real().resolve("y/b.js"), "b");
        FileWatcher watcher = start(GENEROUS);
        watcher.watch(a);
        watcher.watch(a2);
        watcher.watch(b);
        assertEquals(Set.of(a.getParent(), b.getParent()), watcher.registeredFolders());

        watcher.unwatch(a);
        assertEquals(Set.of(a.getParent(), b.getParent()), watcher.registeredFolders(), "a2 still needs x/");
        watcher.unwatch(a2);
        assertEquals(Set.of(b.getParent()), watcher.registeredFolders(), "x/ is released with its last file");
        write(a, "a changed");
        write(a2, "a2 changed");
        Thread.sleep(GENEROUS.quiet().toMillis() * 2);
        write(b, "b changed");
        assertEquals(changed(b), next());
        assertEquals(Set.of(b), watcher.watched());

        watcher.watch(a); // watched again: a fresh fingerprint of its current bytes
        write(a, "a changed again");
        assertEquals(changed(a), next());
    }

    @Test
    void theIgnorePatternExcludesFiles() throws Exception {
        Path ignored = write(real().resolve("node_modules/pkg/index.js"), "x");
        Path custom = write(real().resolve("generated/out.js"), "x");
        Path b = write(real().resolve("b.js"), "b");
        FileWatcher watcher = start(GENEROUS);
        assertFalse(watcher.watch(ignored), "node_modules is ignored by default");
        assertTrue(watcher.watch(custom));
        assertTrue(watcher.watch(b));
        assertEquals(Set.of(custom, b), watcher.watched());

        FileWatcher other = start(GENEROUS.withIgnore(Pattern.compile("/generated/")));
        assertFalse(other.watch(custom));
        assertTrue(other.watch(ignored), "a custom pattern replaces the default one");
        other.close();

        write(ignored, "y");
        Thread.sleep(GENEROUS.quiet().toMillis() * 2);
        write(b, "b2");
        assertEquals(changed(b), next());
    }

    @Test
    void aFileWatchedBeforeItsFolderExistsIsReportedWhenItAppears() throws Exception {
        Path a = real().resolve("later/deeper/a.js");
        Path b = write(real().resolve("b.js"), "b");
        FileWatcher watcher = start(GENEROUS);
        assertTrue(watcher.watch(a));
        watcher.watch(b);
        assertEquals(Set.of(real()), watcher.registeredFolders(), "listened for in the nearest existing folder");

        Files.createDirectories(a.getParent());
        write(a, "hello");
        awaitUnionChanged(Set.of(a));
        assertEquals(Set.of(real(), a.getParent()), watcher.registeredFolders(), watcher.describeListenPoints().toString());
        write(a, "hello again");
        assertEquals(changed(a), next());
    }

    @Test
    void aSymbolicLinkIsReportedUnderItsOwnPath() throws Exception {
        Path target = write(real().resolve("real/target.js"), "t1");
        Files.createDirectories(real().resolve("links"));
        Path link = Files.createSymbolicLink(real().resolve("links/link.js"), target);
        FileWatcher watcher = start(GENEROUS);
        watcher.watch(link);
        assertEquals(Set.of(target.getParent(), link.getParent()), watcher.registeredFolders());

        write(target, "t2"); // edited through its real path
        assertEquals(changed(link), next());

        Path other = write(real().resolve("real/other.js"), "o1");
        Path newLink = real().resolve("links/new-link.js");
        Files.createSymbolicLink(newLink, other);
        Files.move(newLink, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertEquals(changed(link), next(), "the link now points at other content");
        write(other, "o2");
        assertEquals(changed(link), next(), "follows the new target");
    }

    @Test
    void aChangeBetweenLoadingAndWatchingIsReportedAtOnce() throws Exception {
        Path a = write(real().resolve("a.js"), "as loaded");
        byte[] loaded = Files.readAllBytes(a);
        write(a, "changed before watch");
        FileWatcher watcher = start(GENEROUS);
        watcher.watch(a, loaded);
        assertEquals(changed(a), next());

        Path b = write(real().resolve("b.js"), "b");
        watcher.watch(b, Files.readAllBytes(b)); // the same bytes: nothing to report
        write(b, "b2");
        assertEquals(changed(b), next());
    }

    @Test
    void theListenerRunsOnTheGivenExecutorAndNeverAfterClose() throws Exception {
        ExecutorService loop = Executors.newSingleThreadExecutor(task -> new Thread(task, "test-loop"));
        try {
            LinkedBlockingQueue<String> threads = new LinkedBlockingQueue<>();
            Path a = write(real().resolve("a.js"), "a");
            FileWatcher watcher = new FileWatcher(GENEROUS, loop, changes -> threads.add(Thread.currentThread().getName()));
            watchers.add(watcher);
            watcher.watch(a);
            write(a, "a2");
            assertEquals("test-loop", threads.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));

            write(a, "a3");
            watcher.close(); // the edit's change set is not delivered, or not yet: either way it must not run now
            loop.submit(() -> { }).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            Thread.sleep(GENEROUS.quiet().toMillis() * 2);
            loop.submit(() -> { }).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertEquals(List.of(), new ArrayList<>(threads));
            assertThrows(IllegalStateException.class, () -> watcher.watch(a));
        } finally {
            loop.shutdownNow();
        }
    }

    @Test
    void closeEndsTheThreadAndReleasesTheInotifyDescriptor() throws Exception {
        long descriptorsBefore = inotifyDescriptors();
        Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
        Path a = write(real().resolve("a.js"), "a");
        FileWatcher watcher = start(GENEROUS);
        watcher.watch(a);
        Thread thread = watcher.thread();
        assertTrue(thread.isAlive());
        assertTrue(thread.isDaemon());
        assertTrue(thread.getName().startsWith("hmrc-file-watcher-"), thread.getName());
        assertEquals(descriptorsBefore + 1, inotifyDescriptors(), "one inotify descriptor per watcher");

        watcher.close();
        watcher.close(); // idempotent
        assertFalse(thread.isAlive(), "close waits for the watcher thread");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && (inotifyDescriptors() != descriptorsBefore || !newThreads(threadsBefore).isEmpty())) {
            Thread.sleep(10);
        }
        assertEquals(descriptorsBefore, inotifyDescriptors(), "the inotify descriptor is closed");
        assertEquals(List.of(), newThreads(threadsBefore), "no thread of the watcher is left");
        assertEquals(Set.of(), watcher.watched());
    }

    /** Threads alive now that were not before, other than JUnit's and the JVM's own helpers. */
    private static List<String> newThreads(Set<Thread> before) {
        List<String> names = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(thread) && thread.isAlive()
                    && (thread.getName().startsWith("hmrc-file-watcher") || thread.getName().equals("FileSystemWatchService"))) {
                names.add(thread.getName());
            }
        }
        return names;
    }

    /** Open descriptors of this process that are inotify instances (Linux: /proc/self/fd links to anon_inode:inotify). */
    private static long inotifyDescriptors() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            fail("needs /proc/self/fd (Linux)");
        }
        try (Stream<Path> entries = Files.list(fds)) {
            return entries.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().contains("inotify");
                } catch (IOException closedMeanwhile) {
                    return false;
                }
            }).count();
        }
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> WatchOptions.defaults().withMaxWait(Duration.ofMillis(1)));
        assertThrows(IllegalArgumentException.class, () -> WatchOptions.defaults().withQuiet(Duration.ofMillis(-1)));
        assertEquals(Duration.ofMillis(500), WatchOptions.defaults().withQuiet(Duration.ofMillis(500)).maxWait());
        assertTrue(WatchOptions.defaults().ignores(Path.of("/app/node_modules/x/index.js")));
        assertFalse(WatchOptions.defaults().ignores(Path.of("/app/src/index.js")));
        assertFalse(WatchOptions.defaults().withIgnore(null).ignores(Path.of("/app/node_modules/x/index.js")));
        assertThrows(IllegalArgumentException.class, () -> new ChangeSet(new TreeSet<>(Set.of(Path.of("/a"))), new TreeSet<>(Set.of(Path.of("/a")))));
    }
}
