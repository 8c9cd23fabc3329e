/**
 * Watching the files of the live module graph for hot updates:
 * {@link dev.hmrc.runtime.watch.FileWatcher} watches an explicit, changing set of files
 * (one JDK {@link java.nio.file.WatchService}, inotify on Linux, over their folders),
 * coalesces bursts of file-system events into one {@link dev.hmrc.runtime.watch.ChangeSet},
 * drops events that leave a file's bytes unchanged, and hands each change set to an
 * executor (the event loop). {@link dev.hmrc.runtime.watch.WatchOptions} holds its
 * settings: the quiet window, the maximum wait and the ignore pattern.
 */
package dev.hmrc.runtime.watch;
