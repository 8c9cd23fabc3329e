package dev.hmrc.runtime.hooks;

/**
 * A resolve hook (Node's {@code resolve(specifier, context, nextResolve)}): turns a specifier
 * into the URL of a module, either itself or by calling {@code next} (the hook registered
 * before it, and finally hmrc's own resolution) with the same or another specifier.
 */
@FunctionalInterface
public interface ResolveHook {

    /**
     * Resolves {@code specifier}.
     *
     * @param specifier what the importing module asked for
     * @param context   who asks (the importer's URL) and the import attributes
     * @param next      the rest of the chain
     * @return the module's URL and, optionally, its format; never null
     */
    ResolveResult resolve(String specifier, ResolveContext context, Next next);

    /** The rest of a resolve chain, as a hook sees it. */
    @FunctionalInterface
    interface Next {
        /**
         * Resolves {@code specifier} with the hooks registered before this one, then hmrc's
         * own resolution.
         *
         * @param specifier the specifier to resolve
         * @param context   the context to resolve it in
         * @return the result of the rest of the chain
         */
        ResolveResult resolve(String specifier, ResolveContext context);
    }
}
