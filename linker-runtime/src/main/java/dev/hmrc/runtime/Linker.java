package dev.hmrc.runtime;

/** Who links and evaluates the modules of a {@link ModuleRuntime}. */
public enum Linker {
    /** hmrc's own linker over transformed modules (what {@code --import hmr/register} selects). */
    HMRC,
    /** GraalJS's own ES module loader over the untransformed files: the plain mode and the oracle. */
    GRAALJS
}
