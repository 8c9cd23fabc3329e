package dev.hmrc.runtime.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

/**
 * Watches an explicit, changing set of files (the files of the live module graph) and
 * reports each burst of changes to them once, as a {@link ChangeSet} handed to an
 * {@link Executor} (the event loop).
 *
 * <ul>
 *   <li><b>Folders.</b> One JDK {@link WatchService} (inotify on Linux) watches the real
 *       folder of each watched file; a folder is registered when its first file is
 *       watched and its key cancelled when its last one is unwatched. A file whose folder
 *       does not exist (yet) is listened for in its nearest existing ancestor, under the
 *       name of the first missing folder, and moves down as the folders appear. A watched
 *       path that is a symbolic link is listened for both where the link is and where its
 *       target is, so that editing the target and replacing the link are both seen.
 *   <li><b>Coalescing.</b> Events are collected until none arrived for
 *       {@link WatchOptions#quiet()}, or for at most {@link WatchOptions#maxWait()} after
 *       the first; then every file they touched is read. A file that reads as gone or
 *       empty is held back until {@code maxWait} after the burst's first event (it may be
 *       the middle of a delete-then-create or truncate-then-write save).
 *   <li><b>Content, not events.</b> Each watched file keeps the length and SHA-256 of
 *       the bytes last reported (or taken when it was watched); a file is reported as
 *       changed only when that differs, so a touch or a save without change reports
 *       nothing. A deleted file is reported as deleted and stays watched; when it comes
 *       back it is reported as changed.
 *   <li><b>Delivery.</b> The listener runs on the given executor, once per non-empty
 *       change set; no call starts after {@link #close()} returned. Paths in change sets are the
 *       paths given to {@link #watch} (made absolute and normalized).
 * </ul>
 *
 * <p>One background daemon thread, named {@code hmrc-file-watcher-N}, reads the events;
 * {@link #close()} closes the watch service (its inotify descriptor and the JDK's poller
 * thread) and ends that thread. {@link #watch} and {@link #unwatch} may be called from any
 * thread.
 *
 * <p>Mutable state: everything below the lock is guarded by it; the watcher thread and
 * the callers of {@code watch}/{@code unwatch} share it.
 */
public final class FileWatcher implements AutoCloseable {

    /** Where a watched file is listened for: events named {@code name} in the existing real folder {@code folder}. */
    private record ListenPoint(Path folder, Path name) {
    }

    /**
     * The length and SHA-256 of a file's bytes; {@code null} stands for a file that is gone
     * or cannot be read.
     */
    record Fingerprint(long length, long high, long low) {

        static Fingerprint of(byte[] bytes) {
            try {
                ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(bytes));
                return new Fingerprint(bytes.length, digest.getLong(), digest.getLong());
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("every JDK has SHA-256", impossible);
            }
        }

        /** The fingerprint of the file's current bytes, or null when it cannot be read. */
        static Fingerprint read(Path file) {
            byte[] bytes = readOrNull(file);
            return bytes == null ? null : of(bytes);
        }
    }

    /** The file's bytes, or null when it is gone or cannot be read. */
    private static byte[] readOrNull(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException goneOrUnreadable) {
            return null;
        }
    }

    /** One watched file and what the watcher knows of it. */
    private static final class WatchedFile {
        final Path path;
        /** The content last reported or taken when watched; null when it was gone. */
        Fingerprint fingerprint;
        /** Where it is listened for now. */
        Set<ListenPoint> points = Set.of();

        WatchedFile(Path path) {
            this.path = path;
        }
    }

    /** A folder registered with the watch service and how many (file, listen point) pairs use it. */
    private static final class FolderRegistration {
        final WatchKey key;
        int uses;

        FolderRegistration(WatchKey key) {
            this.key = key;
        }
    }

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    /** Bound on re-resolving a file's listen points while folders appear under it. */
    private static final int MAX_RESOLVE_ATTEMPTS = 8;

    private final WatchOptions options;
    private final Executor executor;
    private final Consumer<ChangeSet> listener;
    /** Told the files a burst's events first touch, before its quiet window (null: nobody). */
    private final Consumer<Set<Path>> firstEventListener;
    private final WatchService service;
    private final Thread thread;
    private final long quietNanos;
    private final long maxWaitNanos;
    private volatile boolean closed;

    private final Object lock = new Object();
    // Guarded by lock.
    private final Map<Path, WatchedFile> files = new HashMap<>();
    private final Map<ListenPoint, Set<WatchedFile>> listeners = new HashMap<>();
    private final Map<Path, FolderRegistration> folders = new HashMap<>();
    /** The folders registered under each key (more than one only when one folder has two real paths, e.g. a bind mount). */
    private final Map<WatchKey, Set<Path>> foldersOfKey = new HashMap<>();
    /** Files touched by events not yet settled, with the time of each one's first event. */
    private final Map<WatchedFile, Long> pending = new LinkedHashMap<>();
    private long lastEventNanos;
    private boolean eventsSinceSettle;
    /** Files that became pending since {@link #firstEventListener} was last told (only with one). */
    private final Set<Path> newlyPending = new LinkedHashSet<>();
    /** Raw-event subscriptions ({@link #watchEvents}, Node's {@code fs.watch}) by each folder they listen in. */
    private final Map<Path, Set<EventSubscription>> subscriptions = new HashMap<>();

    /**
     * Starts a watcher that watches nothing yet.
     *
     * @param options  quiet window, maximum wait and ignore pattern
     * @param executor where {@code listener} runs (e.g. the event loop)
     * @param listener called once per non-empty change set
     * @throws IOException when the platform's watch service cannot be opened
     */
    public FileWatcher(WatchOptions options, Executor executor, Consumer<ChangeSet> listener) throws IOException {
        this(options, executor, listener, null);
    }

    /**
     * Starts a watcher that watches nothing yet and also tells {@code firstEventListener}, on
     * the watcher's thread, the watched files that an event touched while they were not
     * pending yet: the start of a burst, before its quiet window, for work that can begin
     * early (a hot runtime transforms them meanwhile). It is only a hint: the file may still
     * be changing, and the change set that follows is what counts. It must not block for
     * long (the burst is settled after it returns); what it throws is ignored.
     *
     * @param options            quiet window, maximum wait and ignore pattern
     * @param executor           where {@code listener} runs (e.g. the event loop)
     * @param listener           called once per non-empty change set
     * @param firstEventListener told the files a burst first touches, or null
     * @throws IOException when the platform's watch service cannot be opened
     */
    public FileWatcher(WatchOptions options, Executor executor, Consumer<ChangeSet> listener,
                       Consumer<Set<Path>> firstEventListener) throws IOException {
        this.options = Objects.requireNonNull(options, "options");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.firstEventListener = firstEventListener;
        this.quietNanos = options.quiet().toNanos();
        this.maxWaitNanos = options.maxWait().toNanos();
        this.service = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::run, "hmrc-file-watcher-" + THREAD_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    /** The options this watcher was started with. */
    public WatchOptions options() {
        return options;
    }

    /**
     * Starts watching {@code file}, taking the fingerprint of its bytes as they are now
     * (nothing if it does not exist). Watching a file already watched does nothing.
     * When the caller has already read the file (a module loader), {@link #watch(Path, byte[])}
     * closes the gap between that read and this call.
     *
     * @return false when the ignore pattern excludes the file (it is then not watched)
     * @throws UncheckedIOException when its folder cannot be registered (e.g. the inotify watch limit)
     * @throws IllegalStateException after {@link #close()}
     */
    public boolean watch(Path file) {
        return watch(file, null);
    }

    /**
     * Starts watching {@code file}, whose content was {@code loadedContent} when the caller
     * read it: if the file already differs from those bytes, it is reported as changed (or
     * deleted) right away, since no event may follow. Watching a file already watched does
     * nothing.
     *
     * @param loadedContent the bytes exactly as read from the file, or null to read them now
     * @return false when the ignore pattern excludes the file (it is then not watched)
     * @throws UncheckedIOException when its folder cannot be registered (e.g. the inotify watch limit)
     * @throws IllegalStateException after {@link #close()}
     */
    public boolean watch(Path file, byte[] loadedContent) {
        Path path = file.toAbsolutePath().normalize();
        if (options.ignores(path)) {
            return false;
        }
        ChangeSet missedChange = null;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the file watcher is closed");
            }
            if (files.containsKey(path)) {
                return true;
            }
            WatchedFile watched = new WatchedFile(path);
            files.put(path, watched);
            try {
                updateListenPoints(watched);
            } catch (UncheckedIOException failure) {
                unwatchLocked(path);
                throw failure;
            }
            // Read after registering: any later change produces an event.
            byte[] current = readOrNull(path);
            watched.fingerprint = current == null ? null : Fingerprint.of(current);
            if (loadedContent != null && !Arrays.equals(current, loadedContent)) {
                missedChange = current == null ? ChangeSet.of(Set.of(), Set.of(path)) : ChangeSet.of(Set.of(path), Set.of());
            }
        }
        if (missedChange != null) {
            deliver(missedChange);
        }
        return true;
    }

    /** Stops watching {@code file}; its folder's key is cancelled when no other watched file needs it. */
    public void unwatch(Path file) {
        synchronized (lock) {
            unwatchLocked(file.toAbsolutePath().normalize());
        }
    }

    /** The files watched now (absolute, normalized), sorted. */
    public Set<Path> watched() {
        synchronized (lock) {
            return new TreeSet<>(files.keySet());
        }
    }

    /** The real folders registered with the watch service now (for tests). */
    Set<Path> registeredFolders() {
        synchronized (lock) {
            return new TreeSet<>(folders.keySet());
        }
    }

    /** The watcher's thread (for tests). */
    Thread thread() {
        return thread;
    }

    /**
     * Stops watching everything: closes the watch service and waits (up to 5 s) for the
     * watcher thread to end. No listener call starts after this returns. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            files.clear();
            listeners.clear();
            folders.clear();
            foldersOfKey.clear();
            pending.clear();
            subscriptions.clear();
        }
        try {
            service.close();
        } catch (IOException ignored) {
            // Nothing more can be released.
        }
        if (Thread.currentThread() != thread) {
            boolean interrupted = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (thread.isAlive() && System.nanoTime() < deadline) {
                try {
                    thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- raw events (Node's fs.watch)

    /**
     * One event of {@link #watchEvents}, as Node's {@code fs.watch} reports it.
     *
     * @param type     {@code "rename"} (an entry appeared or went) or {@code "change"} (its content changed)
     * @param filename the entry's path relative to the watched folder (its name when a file is watched)
     */
    public record FolderEvent(String type, String filename) {
    }

    /**
     * Reports every event under {@code target} at once, uncoalesced, the way Node's
     * {@code fs.watch} does, on this watcher's one watch service and thread: a folder's
     * entries (with {@code recursive}, those of its subfolders too, including folders created
     * later), or one file's events when {@code target} is a file. The ignore pattern does not
     * apply. {@code listener} runs on the watcher's thread; it must not block.
     *
     * @param target    an existing folder or file
     * @param recursive whether subfolders are watched too
     * @param listener  told each event
     * @return closing it stops the events (idempotent)
     * @throws IOException when {@code target} does not exist or cannot be watched
     */
    public AutoCloseable watchEvents(Path target, boolean recursive, Consumer<FolderEvent> listener) throws IOException {
        Path real = target.toRealPath();
        boolean folder = Files.isDirectory(real);
        EventSubscription subscription = new EventSubscription(folder ? real : real.getParent(),
                folder ? null : real.getFileName(), recursive && folder, listener);
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the file watcher is closed");
            }
            try {
                if (!subscription.listenIn(subscription.base)) {
                    throw new NoSuchFileException(target.toString());
                }
                if (subscription.recursive) {
                    subscription.listenBelow(subscription.base);
                }
            } catch (UncheckedIOException failure) {
                subscription.closeLocked();
                throw failure.getCause();
            } catch (IOException failure) {
                subscription.closeLocked();
                throw failure;
            }
        }
        return () -> {
            synchronized (lock) {
                subscription.closeLocked();
            }
        };
    }

    /** One {@link #watchEvents} call: where it listens and whom it tells (guarded by lock). */
    private final class EventSubscription {
        final Path base;
        /** The one name reported when a file is watched, else null. */
        final Path onlyName;
        final boolean recursive;
        final Consumer<FolderEvent> listener;
        final Set<Path> folders = new HashSet<>();
        volatile boolean closedSubscription;

        EventSubscription(Path base, Path onlyName, boolean recursive, Consumer<FolderEvent> listener) {
            this.base = base;
            this.onlyName = onlyName;
            this.recursive = recursive;
            this.listener = listener;
        }

        /** Listens in {@code folder}; false when it vanished. */
        boolean listenIn(Path folder) {
            if (folders.contains(folder)) {
                return true;
            }
            FolderRegistration registration = registration(folder);
            if (registration == null) {
                return false;
            }
            registration.uses++;
            folders.add(folder);
            subscriptions.computeIfAbsent(folder, f -> new HashSet<>()).add(this);
            return true;
        }

        /** Listens in every folder below {@code folder} (not following links). */
        void listenBelow(Path folder) throws IOException {
            try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
                for (Path below : walk.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                    listenIn(below);
                }
            } catch (UncheckedIOException vanished) {
                // a folder went while walking: its events say so
            }
        }

        /** Queues the delivery of {@code event} in {@code folder} if it concerns this subscription. */
        void offer(Path folder, WatchEvent<?> event, List<Runnable> deliveries) {
            if (closedSubscription || event.kind() == OVERFLOW || !(event.context() instanceof Path name)) {
                return;
            }
            if (onlyName != null && !name.equals(onlyName)) {
                return;
            }
            Path entry = folder.resolve(name);
            String type = event.kind() == ENTRY_MODIFY ? "change" : "rename";
            if (recursive && event.kind() == ENTRY_CREATE && Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try {
                    listenBelow(entry);
                } catch (IOException | UncheckedIOException vanished) {
                    // gone again
                }
            }
            FolderEvent reported = new FolderEvent(type, base.relativize(entry).toString());
            deliveries.add(() -> {
                if (!closedSubscription) {
                    listener.accept(reported);
                }
            });
        }

        /** The watched folder itself went (deleted, moved): {@code 'rename'} with its name, as Node reports it. */
        void offerGone(Path folder, List<Runnable> deliveries) {
            if (closedSubscription || onlyName != null || !folder.equals(base) || folder.getFileName() == null) {
                return;
            }
            FolderEvent reported = new FolderEvent("rename", folder.getFileName().toString());
            deliveries.add(() -> {
                if (!closedSubscription) {
                    listener.accept(reported);
                }
            });
        }

        void closeLocked() {
            if (closedSubscription) {
                return;
            }
            closedSubscription = true;
            for (Path folder : folders) {
                Set<EventSubscription> here = subscriptions.get(folder);
                if (here != null) {
                    here.remove(this);
                    if (here.isEmpty()) {
                        subscriptions.remove(folder);
                    }
                }
                releaseFolder(folder);
            }
            folders.clear();
        }
    }

    // ---- the watcher thread

    private void run() {
        try {
            while (true) {
                long wait = nanosUntilSettle();
                WatchKey key = wait < 0 ? service.take() : service.poll(wait, TimeUnit.NANOSECONDS);
                while (key != null) {
                    collect(key);
                    key = service.poll();
                }
                announceNewlyPending();
                ChangeSet changes = settleIfDue();
                if (changes != null) {
                    deliver(changes);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stop) {
            // Closed: the thread ends.
        }
    }

    /** Records the events of {@code key} as pending files; a key that is no longer valid drops its folders. */
    private void collect(WatchKey key) {
        List<WatchEvent<?>> events = key.pollEvents();
        boolean valid = key.reset();
        List<Runnable> raw = new ArrayList<>();
        try {
            collectLocked(key, events, valid, raw);
        } finally {
            for (Runnable delivery : raw) {
                delivery.run(); // outside the lock: a listener may watch or close
            }
        }
    }

    private void collectLocked(WatchKey key, List<WatchEvent<?>> events, boolean valid, List<Runnable> raw) {
        synchronized (lock) {
            Set<Path> keyFolders = foldersOfKey.get(key);
            if (keyFolders == null) {
                return; // cancelled in the meantime
            }
            long now = System.nanoTime();
            for (Path folder : List.copyOf(keyFolders)) {
                Set<EventSubscription> subscribed = subscriptions.get(folder);
                if (subscribed != null) {
                    for (WatchEvent<?> event : events) {
                        for (EventSubscription subscription : List.copyOf(subscribed)) {
                            subscription.offer(folder, event, raw);
                        }
                    }
                }
                for (WatchEvent<?> event : events) {
                    if (event.kind() == OVERFLOW) {
                        markFolder(folder, now);
                    } else if (event.context() instanceof Path name) {
                        Set<WatchedFile> touched = listeners.get(new ListenPoint(folder, name));
                        if (touched != null) {
                            for (WatchedFile watched : touched) {
                                mark(watched, now);
                            }
                        }
                    }
                }
                if (!valid) {
                    if (subscribed != null) {
                        for (EventSubscription subscription : List.copyOf(subscribed)) {
                            subscription.offerGone(folder, raw);
                        }
                    }
                    dropFolder(folder, now);
                }
            }
            if (!valid) {
                foldersOfKey.remove(key);
            }
        }
    }

    private void mark(WatchedFile watched, long now) {
        if (pending.putIfAbsent(watched, now) == null && firstEventListener != null) {
            newlyPending.add(watched.path);
        }
        lastEventNanos = now;
        eventsSinceSettle = true;
    }

    private void markFolder(Path folder, long now) {
        for (Map.Entry<ListenPoint, Set<WatchedFile>> entry : listeners.entrySet()) {
            if (entry.getKey().folder().equals(folder)) {
                for (WatchedFile watched : entry.getValue()) {
                    mark(watched, now);
                }
            }
        }
    }

    /**
     * The folder's key is dead (the folder was deleted or unmounted): forget its registration
     * and its listen points, and mark its files so that they are read and listened for anew.
     */
    private void dropFolder(Path folder, long now) {
        folders.remove(folder);
        Set<EventSubscription> subscribed = subscriptions.remove(folder);
        if (subscribed != null) {
            for (EventSubscription subscription : subscribed) {
                subscription.folders.remove(folder);
            }
        }
        for (Iterator<Map.Entry<ListenPoint, Set<WatchedFile>>> it = listeners.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<ListenPoint, Set<WatchedFile>> entry = it.next();
            if (entry.getKey().folder().equals(folder)) {
                it.remove();
                for (WatchedFile watched : entry.getValue()) {
                    Set<ListenPoint> remaining = new HashSet<>(watched.points);
                    remaining.remove(entry.getKey());
                    watched.points = remaining;
                    mark(watched, now);
                }
            }
        }
    }

    /** Tells {@link #firstEventListener} the files that became pending (watcher thread, lock not held). */
    private void announceNewlyPending() {
        if (firstEventListener == null) {
            return;
        }
        Set<Path> paths;
        synchronized (lock) {
            if (newlyPending.isEmpty() || closed) {
                newlyPending.clear();
                return;
            }
            paths = Set.copyOf(newlyPending);
            newlyPending.clear();
        }
        try {
            firstEventListener.accept(paths);
        } catch (RuntimeException ignored) {
            // only a hint: the change set still follows
        }
    }

    /** Nanoseconds until pending files are due to be read, 0 when due, -1 when nothing is pending. */
    private long nanosUntilSettle() {
        synchronized (lock) {
            if (pending.isEmpty()) {
                return -1;
            }
            return Math.max(0, settleDeadline() - System.nanoTime());
        }
    }

    private long settleDeadline() {
        long oldest = Long.MAX_VALUE;
        for (long first : pending.values()) {
            oldest = Math.min(oldest, first);
        }
        long due = oldest + maxWaitNanos;
        if (eventsSinceSettle) {
            due = Math.min(due, lastEventNanos + quietNanos);
        }
        return due;
    }

    /**
     * When the burst is over, reads every pending file and returns the files whose content
     * differs from their fingerprint (null when none, or not due yet). Files that read as
     * gone or empty stay pending until {@code maxWait} after the burst's first event, and
     * are then reported together.
     */
    private ChangeSet settleIfDue() {
        synchronized (lock) {
            long now = System.nanoTime();
            if (closed || pending.isEmpty() || now < settleDeadline()) {
                return null;
            }
            eventsSinceSettle = false;
            long burstStart = Long.MAX_VALUE;
            for (long first : pending.values()) {
                burstStart = Math.min(burstStart, first);
            }
            boolean holdTransitional = now - burstStart < maxWaitNanos;
            Set<Path> changed = new TreeSet<>();
            Set<Path> deleted = new TreeSet<>();
            for (Iterator<Map.Entry<WatchedFile, Long>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<WatchedFile, Long> entry = it.next();
                WatchedFile watched = entry.getKey();
                if (files.get(watched.path) != watched) {
                    it.remove(); // unwatched since its event
                    continue;
                }
                try {
                    updateListenPoints(watched); // folders may have appeared or gone, a link may point elsewhere
                } catch (UncheckedIOException cannotRegister) {
                    // It stays listened for where it still can be.
                }
                Fingerprint current = Fingerprint.read(watched.path);
                if (Objects.equals(current, watched.fingerprint)) {
                    it.remove();
                    continue;
                }
                boolean transitional = current == null || current.length() == 0;
                if (transitional && holdTransitional) {
                    continue; // probably the middle of a save: wait for the rest
                }
                it.remove();
                watched.fingerprint = current;
                (current == null ? deleted : changed).add(watched.path);
            }
            return changed.isEmpty() && deleted.isEmpty() ? null : ChangeSet.of(changed, deleted);
        }
    }

    private void deliver(ChangeSet changes) {
        try {
            executor.execute(() -> {
                if (!closed) {
                    listener.accept(changes);
                }
            });
        } catch (RejectedExecutionException stopped) {
            // The loop has stopped: nobody is left to update.
        }
    }

    // ---- listen points and folder registrations (lock held)

    private void unwatchLocked(Path path) {
        WatchedFile watched = files.remove(path);
        if (watched == null) {
            return;
        }
        for (ListenPoint point : watched.points) {
            release(point, watched);
        }
        watched.points = Set.of();
        pending.remove(watched);
    }

    /**
     * Brings the file's listen points in line with the file system: registers the folders
     * it now needs and releases the ones it no longer does. Repeats while folders appear
     * during registration (a {@code mkdir -p} racing with us).
     */
    private void updateListenPoints(WatchedFile watched) {
        for (int attempt = 0; attempt < MAX_RESOLVE_ATTEMPTS; attempt++) {
            Set<ListenPoint> wanted = listenPoints(watched.path);
            if (wanted.equals(watched.points)) {
                return;
            }
            Set<ListenPoint> held = new HashSet<>();
            for (ListenPoint point : wanted) {
                if (watched.points.contains(point) || acquire(point, watched)) {
                    held.add(point);
                }
            }
            for (ListenPoint point : watched.points) {
                if (!wanted.contains(point)) {
                    release(point, watched);
                }
            }
            watched.points = held;
        }
    }

    /** Where {@code path} is listened for: its own folder, and its link target's when it is a symbolic link. */
    private static Set<ListenPoint> listenPoints(Path path) {
        Set<ListenPoint> points = new LinkedHashSet<>(2);
        addNearestExisting(points, path);
        if (Files.isSymbolicLink(path)) {
            try {
                Path target = path.toRealPath();
                if (!target.equals(path)) {
                    addNearestExisting(points, target);
                }
            } catch (IOException dangling) {
                try {
                    addNearestExisting(points, path.resolveSibling(Files.readSymbolicLink(path)).normalize());
                } catch (IOException | UnsupportedOperationException gone) {
                    // Replaced in the meantime: its own folder's events will tell.
                }
            }
        }
        return points;
    }

    /** Adds the listen point of {@code file}: its folder's real path, or the nearest existing ancestor's. */
    private static void addNearestExisting(Set<ListenPoint> points, Path file) {
        Path name = file.getFileName();
        for (Path folder = file.getParent(); folder != null && name != null; name = folder.getFileName(), folder = folder.getParent()) {
            try {
                Path real = folder.toRealPath();
                if (Files.isDirectory(real)) {
                    points.add(new ListenPoint(real, name));
                    return;
                }
            } catch (IOException missing) {
                // Look one folder up.
            }
        }
    }

    /** Listens for {@code watched} at {@code point}; false when the folder vanished before it could be registered. */
    private boolean acquire(ListenPoint point, WatchedFile watched) {
        FolderRegistration registration = registration(point.folder());
        if (registration == null) {
            return false;
        }
        if (listeners.computeIfAbsent(point, p -> new HashSet<>()).add(watched)) {
            registration.uses++;
        }
        return true;
    }

    /** The folder's registration with the watch service, made now if need be; null when the folder vanished. */
    private FolderRegistration registration(Path folder) {
        FolderRegistration registration = folders.get(folder);
        if (registration == null) {
            WatchKey key;
            try {
                key = folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            } catch (NoSuchFileException | NotDirectoryException vanished) {
                return null;
            } catch (ClosedWatchServiceException closing) {
                return null;
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot watch folder " + folder, failure);
            }
            registration = new FolderRegistration(key);
            folders.put(folder, registration);
            foldersOfKey.computeIfAbsent(key, k -> new HashSet<>()).add(folder);
        }
        return registration;
    }

    /** Stops listening for {@code watched} at {@code point}; cancels the folder's key when nothing else uses it. */
    private void release(ListenPoint point, WatchedFile watched) {
        Set<WatchedFile> here = listeners.get(point);
        if (here == null || !here.remove(watched)) {
            return;
        }
        if (here.isEmpty()) {
            listeners.remove(point);
        }
        releaseFolder(point.folder());
    }

    /** One use of the folder's registration ends; its key is cancelled with the last. */
    private void releaseFolder(Path folder) {
        FolderRegistration registration = folders.get(folder);
        if (registration != null && --registration.uses == 0) {
            folders.remove(folder);
            Set<Path> sharing = foldersOfKey.getOrDefault(registration.key, new HashSet<>());
            sharing.remove(folder);
            if (sharing.isEmpty()) {
                foldersOfKey.remove(registration.key);
                registration.key.cancel();
            }
        }
    }

    /** For tests: the listen points of each watched file, as text. */
    List<String> describeListenPoints() {
        synchronized (lock) {
            List<String> result = new ArrayList<>();
            for (WatchedFile watched : files.values()) {
                result.add(watched.path + " <- " + watched.points);
            }
            return result;
        }
    }
}
