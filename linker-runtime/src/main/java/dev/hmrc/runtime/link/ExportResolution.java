package dev.hmrc.runtime.link;

/**
 * What ResolveExport returns (ECMA-262 16.2.1.6.3): a binding, nothing ({@code null} in
 * the spec: not found or a circular request), or {@code ambiguous}.
 */
public sealed interface ExportResolution {

    /**
     * A ResolvedBinding Record.
     *
     * @param module      the module whose local export (or namespace) it is
     * @param exportName  the key of {@code module}'s accessor for the binding, or null for
     *                    the spec's {@code namespace} (the module's namespace object itself)
     */
    record Binding(ModuleInstance module, String exportName) implements ExportResolution {
        /** {@return whether this binding stands for the module's namespace object} */
        public boolean isNamespace() {
            return exportName == null;
        }
    }

    /** Not found, or a circular import request. */
    record NotFound() implements ExportResolution {
    }

    /** Two {@code export *} deliver different bindings for the name. */
    record Ambiguous() implements ExportResolution {
    }

    /** ResolveExport's {@code null}: no such export. */
    ExportResolution NOT_FOUND = new NotFound();
    /** ResolveExport's {@code AMBIGUOUS}: two star exports give different bindings. */
    ExportResolution AMBIGUOUS = new Ambiguous();
}
