package dev.hmrc.benchmarks;

import java.nio.file.Path;

/**
 * One benchmark input, held in memory so that timing never touches the disk.
 *
 * @param corpus the name of the corpus the file belongs to
 * @param path   where the file was read from (absolute)
 * @param text   the file's text, decoded as UTF-8
 * @param bytes  the file's size on disk in bytes (the unit all MB/s figures count)
 */
public record CorpusFile(String corpus, Path path, String text, long bytes) {
}
