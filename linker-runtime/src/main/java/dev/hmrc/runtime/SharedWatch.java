package dev.hmrc.runtime;

import dev.hmrc.runtime.link.ModuleSources;
import dev.hmrc.transformer.JsLanguage;
import dev.hmrc.runtime.link.TransformedModule;
import dev.hmrc.runtime.resolve.SpecifierResolver;
import dev.hmrc.runtime.watch.ChangeSet;
import dev.hmrc.runtime.watch.FileWatcher;
import dev.hmrc.runtime.watch.WatchOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one watcher of a {@link ModuleRuntimePool}: it watches the union of the members'
 * files (a file stays watched while one member needs it), transforms each changed file once
 * on its own thread, hands the transforms to every member's sources and the change set to
 * every member, which applies it on its own loop.
 */
final class SharedWatch implements AutoCloseable {

    /** One runtime of the pool: its sources (to adopt transforms) and where its changes go. */
    private record Member(Object owner, ModuleSources sources, Consumer<ChangeSet> changes) {
    }

    private final FileWatcher watcher;
    /** Transforms the changed files once for every member (no cache: the members' caches hold the start-up's). */
    private final ModuleSources transforms;
    private final List<Member> members = new CopyOnWriteArrayList<>();
    /** File → the members that watch it. */
    private final Map<Path, Set<Object>> watchers = new HashMap<>();

    SharedWatch(Path root, WatchOptions options, JsLanguage language) {
        this.transforms = new ModuleSources(new SpecifierResolver(), root, null, 0, language);
        try {
            this.watcher = new FileWatcher(options, Runnable::run, this::changed);
        } catch (IOException unavailable) {
            throw new UncheckedIOException("hmrc: cannot watch files for hot updates", unavailable);
        }
    }

    private void changed(ChangeSet changes) {
        List<TransformedModule> made = transforms.transformAhead(changes.changed());
        for (Member member : members) {
            member.sources().adopt(made);
            member.changes().accept(changes);
        }
    }

    /** {@return how many times the shared watcher ran the transformer} */
    int transformsRun() {
        return transforms.transformsRun();
    }

    void join(Object owner, ModuleSources sources, Consumer<ChangeSet> changes) {
        members.add(new Member(owner, sources, changes));
    }

    synchronized void leave(Object owner) {
        members.removeIf(member -> member.owner() == owner);
        for (Path file : List.copyOf(watchers.keySet())) {
            unwatch(owner, file);
        }
    }

    synchronized void watch(Object owner, Path file, byte[] bytes) {
        Set<Object> owners = watchers.computeIfAbsent(file, f -> new HashSet<>());
        if (owners.isEmpty()) {
            watcher.watch(file, bytes);
        }
        owners.add(owner);
    }

    synchronized void unwatch(Object owner, Path file) {
        Set<Object> owners = watchers.get(file);
        if (owners != null && owners.remove(owner) && owners.isEmpty()) {
            watchers.remove(file);
            watcher.unwatch(file);
        }
    }

    /** {@code fs.watch} of a member: raw events through the pool's one watcher ({@link FileWatcher#watchEvents}). */
    AutoCloseable watchEvents(Path target, boolean recursive, Consumer<FileWatcher.FolderEvent> listener)
            throws IOException {
        return watcher.watchEvents(target, recursive, listener);
    }

    synchronized Set<Path> watchedBy(Object owner) {
        Set<Path> files = new HashSet<>();
        watchers.forEach((file, owners) -> {
            if (owners.contains(owner)) {
                files.add(file);
            }
        });
        return files;
    }

    @Override
    public void close() {
        watcher.close();
        transforms.close();
    }
}
