package dev.hmrc.runtime.hooks;

import java.util.ArrayList;
import java.util.List;

/**
 * The registered loader hooks of one runtime, in registration order, and the two chains
 * they form: a request runs the last registered hook first, which may call the one
 * registered before it through its {@code next} argument, down to hmrc's own resolution or
 * loading. Hooks apply to modules requested after they were registered (a module already
 * loaded stays as it is). Used on the event-loop thread only.
 */
public final class LoaderHooks {

    /** An empty chain. */
    public LoaderHooks() {
    }

    /** One {@code registerHooks} call: either hook may be null. */
    private record Registration(ResolveHook resolve, LoadHook load) {
    }

    private final List<Registration> registrations = new ArrayList<>();

    /**
     * Adds hooks at the front of the chains; either may be null.
     *
     * @param resolve a resolve hook, or null
     * @param load    a load hook, or null
     * @return removes these hooks again (Node's {@code deregister()})
     */
    public Runnable register(ResolveHook resolve, LoadHook load) {
        Registration registration = new Registration(resolve, load);
        registrations.add(registration);
        return () -> registrations.remove(registration);
    }

    /** {@return whether no hook is registered (hmrc's own resolution and loading then run alone)} */
    public boolean isEmpty() {
        return registrations.isEmpty();
    }

    /**
     * Runs the resolve chain.
     *
     * @param specifier   the specifier
     * @param context     the importer and attributes
     * @param ownResolve  hmrc's own resolution, the end of the chain
     * @return the chain's result
     * @throws IllegalStateException when a hook returns null
     */
    public ResolveResult resolve(String specifier, ResolveContext context, ResolveHook.Next ownResolve) {
        List<ResolveHook> chain = new ArrayList<>();
        for (Registration r : registrations) {
            if (r.resolve() != null) {
                chain.add(r.resolve());
            }
        }
        return resolveFrom(chain, chain.size() - 1, specifier, context, ownResolve);
    }

    private static ResolveResult resolveFrom(List<ResolveHook> chain, int index, String specifier,
                                             ResolveContext context, ResolveHook.Next ownResolve) {
        if (index < 0) {
            return ownResolve.resolve(specifier, context);
        }
        ResolveResult result = chain.get(index).resolve(specifier, context,
                (nextSpecifier, nextContext) -> resolveFrom(chain, index - 1, nextSpecifier,
                        nextContext == null ? context : nextContext, ownResolve));
        if (result == null) {
            throw new IllegalStateException("A resolve hook returned nothing for '" + specifier + "'");
        }
        return result;
    }

    /**
     * Runs the load chain.
     *
     * @param url     the resolved URL
     * @param context the suggested format and attributes
     * @param ownLoad hmrc's own loading, the end of the chain
     * @return the chain's result
     * @throws IllegalStateException when a hook returns null
     */
    public LoadResult load(String url, LoadContext context, LoadHook.Next ownLoad) {
        List<LoadHook> chain = new ArrayList<>();
        for (Registration r : registrations) {
            if (r.load() != null) {
                chain.add(r.load());
            }
        }
        return loadFrom(chain, chain.size() - 1, url, context, ownLoad);
    }

    private static LoadResult loadFrom(List<LoadHook> chain, int index, String url, LoadContext context,
                                       LoadHook.Next ownLoad) {
        if (index < 0) {
            return ownLoad.load(url, context);
        }
        LoadResult result = chain.get(index).load(url, context,
                (nextUrl, nextContext) -> loadFrom(chain, index - 1, nextUrl,
                        nextContext == null ? context : nextContext, ownLoad));
        if (result == null) {
            throw new IllegalStateException("A load hook returned nothing for '" + url + "'");
        }
        return result;
    }
}
