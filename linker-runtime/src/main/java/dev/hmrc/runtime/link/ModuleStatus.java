package dev.hmrc.runtime.link;

/** A Cyclic Module Record's {@code [[Status]]} (ECMA-262 16.2.1.5), in the order a module moves through them. */
public enum ModuleStatus {
    /** Loaded with its dependencies, not linked (the spec's {@code new} and {@code unlinked}). */
    UNLINKED,
    LINKING,
    LINKED,
    EVALUATING,
    EVALUATING_ASYNC,
    EVALUATED
}
