package dev.hmrc.runtime.link;

/** A Cyclic Module Record's {@code [[Status]]} (ECMA-262 16.2.1.5), in the order a module moves through them. */
public enum ModuleStatus {
    /** Loaded with its dependencies, not linked (the spec's {@code new} and {@code unlinked}). */
    UNLINKED,
    /** Inside Link's depth-first walk. */
    LINKING,
    /** Linked: its imports are bound. */
    LINKED,
    /** Inside Evaluate's depth-first walk. */
    EVALUATING,
    /** Waiting for async dependencies or its own top-level await. */
    EVALUATING_ASYNC,
    /** Evaluated, normally or with an error. */
    EVALUATED
}
