package dev.hmrc.runtime.hooks;

/**
 * A load hook (Node's {@code load(url, context, nextLoad)}): gives the source text and format
 * of the module at a resolved URL, either itself (for example a virtual module) or by calling
 * {@code next} and changing what it returns. The source then goes through hmrc's transform
 * like a file's text.
 */
@FunctionalInterface
public interface LoadHook {

    /**
     * Loads the module at {@code url}.
     *
     * @param url     the URL the resolve chain returned
     * @param context the format the resolve chain suggested and the import attributes
     * @param next    the rest of the chain
     * @return the module's format and source text; never null
     */
    LoadResult load(String url, LoadContext context, Next next);

    /** The rest of a load chain, as a hook sees it. */
    @FunctionalInterface
    interface Next {
        /**
         * Loads {@code url} with the hooks registered before this one, then hmrc's own
         * loading (files, and the {@code node:module} built-in).
         *
         * @param url     the URL to load
         * @param context the context to load it in
         * @return the result of the rest of the chain
         */
        LoadResult load(String url, LoadContext context);
    }
}
