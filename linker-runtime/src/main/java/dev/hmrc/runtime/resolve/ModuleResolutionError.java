package dev.hmrc.runtime.resolve;

/**
 * A specifier that names no module: no such file, a bare specifier without a
 * package, or a package whose {@code exports} does not export the subpath.
 * The message names the specifier and the importing module, like Node's
 * {@code Cannot find module 'x' imported from /a/b.mjs}.
 */
public final class ModuleResolutionError extends Exception {
    /**
     * An error with the given message.
     *
     * @param message the whole message, naming the specifier and the referrer
     */
    public ModuleResolutionError(String message) {
        super(message);
    }
}
