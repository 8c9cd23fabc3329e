package dev.hmrc.runtime;

import dev.hmrc.runtime.commonjs.EsModuleRequire;
import dev.hmrc.runtime.link.ModuleSources;
import dev.hmrc.runtime.resolve.ModuleFormat;
import dev.hmrc.runtime.resolve.ModuleResolutionError;
import dev.hmrc.runtime.resolve.NodeBuiltins;
import dev.hmrc.runtime.resolve.PlainModeLookup;
import dev.hmrc.runtime.resolve.SpecifierResolver;
import dev.hmrc.transformer.JsLanguage;
import dev.hmrc.transformer.ModuleRecord;
import dev.hmrc.transformer.ModuleSyntaxError;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code require()} of an ES module in the plain mode, on GraalJS's own loader: a module of one
 * line, {@code import * as ns from "FILE"; ns}, evaluated with {@code Context.eval} from inside the
 * requiring JS call. GraalJS then loads, links and evaluates the file's graph synchronously (its
 * module map gives the record {@code import} gives; nested in a JS call, no promise job runs
 * meanwhile) and the module's completion value is the namespace.
 *
 * <p>GraalJS shows neither a module's status nor whether its graph has top-level await, so Node's
 * checks run on the static graph first, as the transformer's module records describe it:
 * top-level await anywhere in it ({@code ERR_REQUIRE_ASYNC_MODULE}, before anything runs), or a
 * module of it still evaluating ({@code ERR_REQUIRE_CYCLE_MODULE}): a CommonJS module it imports
 * that is still loading, or an ES module whose body is running (on the JS stack, as a probe's
 * stack trace shows it). An ES module waiting for its dependencies to evaluate is not on the
 * stack: a cycle through one without CommonJS between goes unseen (hmrc's linker sees it).
 *
 * <p>Mutable state: the records read so far, by file (the plain mode never changes a module), and
 * the count of evaluations (each one's module needs a name of its own); loop thread only.
 */
final class PlainModeRequire implements EsModuleRequire {

    /** One ES module as the static checks see it: its top-level await, and its requests resolved. */
    private record StaticModule(boolean async, List<String> specifiers, List<Path> dependencies) {
    }

    private final Context context;
    private final SpecifierResolver resolver;
    private final Path root;
    private final ModuleSources sources;
    private final Map<Path, StaticModule> modules = new HashMap<>();
    /** A function that throws: its error's stack trace shows which module bodies are running. */
    private final Value stackProbe;
    private int evaluations;

    PlainModeRequire(Context context, SpecifierResolver resolver, Path root, JsLanguage language) {
        this.context = context;
        this.resolver = resolver;
        this.root = root;
        this.sources = new ModuleSources(resolver, root, null, 0, language);
        this.stackProbe = context.eval(Source.newBuilder("js", "(function probe() { throw new Error(); })",
                "hmrc:require-stack-probe").internal(true).buildLiteral());
    }

    /** The files whose module body is running now: on the JS stack, GraalJS's only sign of a module evaluating. */
    private Set<Path> runningModuleBodies() {
        Set<Path> running = new HashSet<>();
        try {
            stackProbe.executeVoid();
        } catch (PolyglotException probe) {
            for (PolyglotException.StackFrame frame : probe.getPolyglotStackTrace()) {
                if (frame.isGuestFrame() && frame.getRootName() != null && frame.getRootName().startsWith(":module")
                        && frame.getSourceLocation() != null && frame.getSourceLocation().getSource().getPath() != null) {
                    running.add(Path.of(frame.getSourceLocation().getSource().getPath()));
                }
            }
        }
        return running;
    }

    @Override
    public Outcome require(Path file, String parent, Function<Path, CommonJsState> commonJs) {
        Set<Path> running = runningModuleBodies();
        if (running.contains(file)) {
            return Outcome.requiredInCycle(file, parent);
        }
        boolean async = false;
        Set<Path> seen = new HashSet<>();
        Deque<Path> work = new ArrayDeque<>();
        seen.add(file);
        work.push(file);
        while (!work.isEmpty()) {
            Path path = work.pop();
            StaticModule module = staticModule(path);
            if (module == null) {
                continue; // unreadable or not a module: GraalJS reports it when it loads it
            }
            async |= module.async();
            for (int k = 0; k < module.dependencies().size(); k++) {
                Path dependency = module.dependencies().get(k);
                if (dependency == null || dependency.getFileName().toString().endsWith(".json")) {
                    continue;
                }
                if (ModuleFormat.of(dependency) == ModuleFormat.COMMONJS) {
                    CommonJsState state = commonJs.apply(dependency);
                    if (state == CommonJsState.LOADING_BY_IMPORT) {
                        // its facade is evaluating, and with it the ES modules that import it
                        return Outcome.requiredInCycle(file, parent);
                    }
                    if (state == CommonJsState.LOADING_BY_REQUIRE) {
                        return Outcome.importedInCycle(true, module.specifiers().get(k), path);
                    }
                    continue; // CommonJS has no static graph of its own
                }
                if (running.contains(dependency)) {
                    return Outcome.importedInCycle(false, module.specifiers().get(k), path);
                }
                if (seen.add(dependency)) {
                    work.push(dependency);
                }
            }
        }
        if (async) {
            return Outcome.asyncGraph(file, parent);
        }
        return evaluate(file.toString());
    }

    @Override
    public Outcome facade(Path file) {
        return evaluate(PlainModeLookup.requiredModuleFacadePath(file.toString()));
    }

    /** Evaluates a module that imports {@code specifier}'s namespace and ends with it, from inside JS. */
    private Outcome evaluate(String specifier) {
        String name = root.resolve("[hmrc require " + (++evaluations) + "].mjs").toString();
        Source source = Source.newBuilder("js", "import * as ns from " + quote(specifier) + ";\nns;\n", name)
                .mimeType("application/javascript+module").buildLiteral();
        try {
            Value namespace = context.eval(source);
            if (namespace == null || !namespace.hasMembers()) {
                throw new IllegalStateException("hmrc: GraalJS gave no namespace for " + specifier);
            }
            return Outcome.of(namespace);
        } catch (PolyglotException thrown) {
            if (thrown.isGuestException() && thrown.getGuestObject() != null) {
                return Outcome.thrown(thrown.getGuestObject());
            }
            throw thrown;
        }
    }

    /** The record of the ES module at {@code path} (read once), or null when it is none. */
    private StaticModule staticModule(Path path) {
        StaticModule known = modules.get(path);
        if (known != null || modules.containsKey(path)) {
            return known;
        }
        StaticModule module = null;
        try {
            ModuleRecord record = sources.read(path, "javascript").record();
            List<String> specifiers = new ArrayList<>();
            List<Path> dependencies = new ArrayList<>();
            for (ModuleRecord.ModuleRequest request : record.requests()) {
                specifiers.add(request.specifier());
                dependencies.add(resolved(request.specifier(), path));
            }
            module = new StaticModule(record.async(), specifiers, dependencies);
        } catch (IOException | ModuleSyntaxError | RuntimeException unreadable) {
            // left to GraalJS, which reports it in its own words
        }
        modules.put(path, module);
        return module;
    }

    private Path resolved(String specifier, Path importer) {
        if (NodeBuiltins.nameOf(specifier) != null || specifier.startsWith("hmr:") || specifier.startsWith("java:")) {
            return null;
        }
        try {
            return resolver.resolve(specifier, importer, root);
        } catch (ModuleResolutionError | RuntimeException notFound) {
            return null;
        }
    }

    private static String quote(String specifier) {
        return "\"" + specifier.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\r", "\\r").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\"";
    }
}
