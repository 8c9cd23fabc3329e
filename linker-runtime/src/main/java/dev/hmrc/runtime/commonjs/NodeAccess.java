package dev.hmrc.runtime.commonjs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * What a program's Node built-ins may reach on the host: the folders {@code node:fs} may read and
 * write (null: every file, as from a shell), the environment {@code process.env} shows, and what
 * {@code process.exit(code)} does (it ends the program, never the JVM).
 *
 * @param folders     the folders (absolute, normalized) file access is limited to; null for none of a limit
 * @param environment the variables of {@code process.env}
 * @param onExit      called with the exit code when the program calls {@code process.exit}
 */
public record NodeAccess(List<Path> folders, Map<String, String> environment, IntConsumer onExit) {

    /**
     * {@return whether {@code path} (absolute) may be touched}
     *
     * @param path the file
     */
    public boolean allows(Path path) {
        if (folders == null) {
            return true;
        }
        Path normalized = path.toAbsolutePath().normalize();
        for (Path folder : folders) {
            if (normalized.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }
}
