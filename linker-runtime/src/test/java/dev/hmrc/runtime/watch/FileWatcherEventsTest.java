package dev.hmrc.runtime.watch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link FileWatcher#watchEvents} (what {@code fs.watch} runs on) with the real watch service:
 * raw events in Node's shape, on the same registrations as the module files' watching. No time
 * is asserted: waits are bounded polls for an expected event.
 */
class FileWatcherEventsTest {

    private static final long WAIT_MS = 5_000;

    @TempDir
    Path temp;

    private final LinkedBlockingQueue<ChangeSet> changeSets = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<FileWatcher.FolderEvent> events = new LinkedBlockingQueue<>();
    private FileWatcher watcher;

    @AfterEach
    void close() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private FileWatcher start() throws IOException {
        watcher = new FileWatcher(WatchOptions.defaults(), Runnable::run, changeSets::add);
        return watcher;
    }

    /** Waits until an event equal to {@code wanted} arrived; returns every event seen meanwhile. */
    private Set<FileWatcher.FolderEvent> awaitEvent(FileWatcher.FolderEvent wanted) throws InterruptedException {
        Set<FileWatcher.FolderEvent> seen = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
        while (!seen.contains(wanted)) {
            FileWatcher.FolderEvent event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertNotNull(event, "no " + wanted + " within " + WAIT_MS + " ms; saw " + seen);
            seen.add(event);
        }
        return seen;
    }

    private static FileWatcher.FolderEvent event(String type, String filename) {
        return new FileWatcher.FolderEvent(type, filename);
    }

    @Test
    void aFolderReportsWritesCreatesAndDeletesAsNodeNamesThem() throws Exception {
        Path folder = temp.toRealPath();
        Path existing = Files.writeString(folder.resolve("existing.txt"), "one");
        AutoCloseable subscription = start().watchEvents(folder, false, events::add);
        Files.writeString(existing, "two");
        awaitEvent(event("change", "existing.txt"));
        Files.writeString(folder.resolve("created.txt"), "new");
        awaitEvent(event("rename", "created.txt"));
        Files.delete(existing);
        awaitEvent(event("rename", "existing.txt"));
        subscription.close();
        assertEquals(Set.of(), watcher.registeredFolders(), "closing releases the folder");
    }

    @Test
    void aFileReportsOnlyItsOwnEventsUnderItsName() throws Exception {
        Path folder = temp.toRealPath();
        Path file = Files.writeString(folder.resolve("single.txt"), "a");
        start().watchEvents(file, false, events::add);
        Files.writeString(folder.resolve("other.txt"), "b");
        Files.writeString(file, "b");
        Set<FileWatcher.FolderEvent> seen = awaitEvent(event("change", "single.txt"));
        assertTrue(seen.stream().allMatch(e -> e.filename().equals("single.txt")), seen.toString());
    }

    @Test
    void recursiveReachesFoldersMadeAfterwardsAndReleasesThemAll() throws Exception {
        Path folder = temp.toRealPath();
        Files.createDirectories(folder.resolve("a/b"));
        AutoCloseable subscription = start().watchEvents(folder, true, events::add);
        assertEquals(Set.of(folder, folder.resolve("a"), folder.resolve("a/b")), watcher.registeredFolders());
        Files.writeString(folder.resolve("a/b/deep.txt"), "deep");
        awaitEvent(event("rename", "a/b/deep.txt"));
        Files.createDirectory(folder.resolve("later"));
        awaitEvent(event("rename", "later"));
        Files.writeString(folder.resolve("later/new.txt"), "x");
        awaitEvent(event("rename", "later/new.txt"));
        subscription.close();
        assertEquals(Set.of(), watcher.registeredFolders());
    }

    @Test
    void moduleFilesAndEventsShareOneRegistrationPerFolder() throws Exception {
        Path folder = temp.toRealPath();
        Path module = Files.writeString(folder.resolve("main.mjs"), "export {};");
        start().watch(module);
        AutoCloseable subscription = watcher.watchEvents(folder, false, events::add);
        assertEquals(Set.of(folder), watcher.registeredFolders());
        Files.writeString(module, "export const x = 1;");
        awaitEvent(event("change", "main.mjs"));
        ChangeSet changes = changeSets.poll(WAIT_MS, TimeUnit.MILLISECONDS);
        assertNotNull(changes, "the module file's change is still reported");
        assertEquals(Set.of(module), changes.changed());
        subscription.close();
        assertEquals(Set.of(folder), watcher.registeredFolders(), "the module file still needs the folder");
        watcher.unwatch(module);
        assertEquals(Set.of(), watcher.registeredFolders());
    }

    @Test
    void aDeletedFolderReportsItsOwnNameAsARename() throws Exception {
        Path folder = Files.createDirectory(temp.toRealPath().resolve("gone"));
        Files.writeString(folder.resolve("x.txt"), "1");
        start().watchEvents(folder, false, events::add);
        Files.delete(folder.resolve("x.txt"));
        Files.delete(folder);
        Set<FileWatcher.FolderEvent> seen = awaitEvent(event("rename", "gone"));
        assertTrue(seen.contains(event("rename", "x.txt")), seen.toString());
    }

    @Test
    void aMissingTargetFails() throws Exception {
        assertThrows(NoSuchFileException.class, () -> start().watchEvents(temp.resolve("missing"), false, events::add));
        assertEquals(Set.of(), watcher.registeredFolders());
    }
}
