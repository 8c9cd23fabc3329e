package dev.hmrc.runtime.hooks;

import dev.hmrc.runtime.JsError;
import dev.hmrc.runtime.Linker;
import dev.hmrc.runtime.ModuleRuntime;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loader hooks under hmrc's linker: JS hooks a preload registers through {@code node:module}'s
 * {@code registerHooks}, and Java hooks given to {@code ModuleRuntime.Builder}.
 */
class LoaderHooksTest {

    @TempDir
    Path temp;

    private void write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Runs the preloads then main.mjs under hmrc's linker: stdout, the Uncaught line if any, the status. */
    private String run(ModuleRuntime.Builder builder, String... preloads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> modules = new java.util.ArrayList<>(List.of(preloads));
        modules.add("./main.mjs");
        int status = builder.out(out).err(err).runProgram(modules);
        StringBuilder text = new StringBuilder(out.toString(StandardCharsets.UTF_8));
        err.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("Uncaught ")).findFirst()
                .ifPresent(line -> text.append(line).append('\n'));
        return text.append("exit ").append(status).append('\n').toString();
    }

    private String run(String... preloads) {
        return run(ModuleRuntime.builder(temp).linker(Linker.HMRC), preloads);
    }

    @Test
    void aResolveHookMapsABareAliasToAFile() throws IOException {
        write("src/lib/math.mjs", "export const square = (x) => x * x;\n");
        write("hooks.mjs", """
                import { registerHooks } from 'node:module';
                registerHooks({
                  resolve(specifier, context, nextResolve) {
                    if (specifier.startsWith('@lib/')) {
                      return nextResolve('./src/lib/' + specifier.slice(5) + '.mjs', { parentURL: import.meta.url });
                    }
                    return nextResolve(specifier, context);
                  },
                });
                """);
        write("main.mjs", "import { square } from '@lib/math';\nconsole.log(square(7), import.meta.resolve('@lib/math').endsWith('/src/lib/math.mjs'));\n");
        assertEquals("49 true\nexit 0\n", run("./hooks.mjs"));
    }

    @Test
    void aLoadHookGivesTheSourceOfAVirtualModuleWhichIsTransformedLikeAFile() throws IOException {
        write("hooks.mjs", """
                import module from 'node:module';
                module.registerHooks({
                  resolve(specifier, context, nextResolve) {
                    return specifier === 'virtual:config' ? { url: 'virtual:config', shortCircuit: true }
                      : nextResolve(specifier, context);
                  },
                  load(url, context, nextLoad) {
                    if (url === 'virtual:config') {
                      return { format: 'module', shortCircuit: true,
                        source: 'export let mode = "dev"; export function set(m) { mode = m; }\\nexport const meta = [import.meta.url, typeof import.meta.filename];' };
                    }
                    return nextLoad(url, context);
                  },
                });
                """);
        write("main.mjs", """
                import { mode, set, meta } from 'virtual:config';
                import * as again from 'virtual:config';
                set('prod');
                console.log(mode, again.mode, meta.join(' '));
                """);
        assertEquals("prod prod virtual:config undefined\nexit 0\n", run("./hooks.mjs"));
    }

    @Test
    void aLoadHookRewritesTheSourceOfFilesLoadedAfterItsRegistration() throws IOException {
        write("early.mjs", "export const early = '__VERSION__';\n");
        write("hooks.mjs", """
                import { early } from './early.mjs';
                import { registerHooks } from 'node:module';
                registerHooks({
                  load(url, context, nextLoad) {
                    const result = nextLoad(url, context);
                    return { ...result, source: result.source.replaceAll('__VERSION__', '1.2.3') };
                  },
                });
                export { early };
                """);
        write("main.mjs", "import { early } from './hooks.mjs';\nconst late = '__VERSION__';\nconsole.log(early, late);\n");
        assertEquals("__VERSION__ 1.2.3\nexit 0\n", run("./hooks.mjs"));
    }

    @Test
    void theLastRegisteredHookRunsFirstAndDeregisterRemovesIt() throws IOException {
        write("dep.mjs", "export default 'dep';\n");
        write("hooks.mjs", """
                import { registerHooks } from 'node:module';
                globalThis.seen = [];
                for (const name of ['first', 'second', 'third']) {
                  const handle = registerHooks({
                    resolve(specifier, context, nextResolve) {
                      seen.push(name + ':' + specifier);
                      return nextResolve(specifier, context);
                    },
                  });
                  if (name === 'second') handle.deregister();
                }
                """);
        write("main.mjs", "import dep from './dep.mjs';\nconsole.log(seen.join(' '), dep);\n");
        assertEquals("third:./main.mjs first:./main.mjs third:./dep.mjs first:./dep.mjs dep\nexit 0\n", run("./hooks.mjs"));
    }

    @Test
    void anErrorAHookThrowsIsTheImportsErrorWithItsMessage() throws IOException {
        write("hooks.mjs", """
                import { registerHooks } from 'node:module';
                registerHooks({
                  resolve(specifier, context, nextResolve) {
                    if (specifier === 'forbidden') throw new RangeError('no access to ' + specifier);
                    return nextResolve(specifier, context);
                  },
                });
                """);
        write("main.mjs", """
                try { await import('forbidden'); } catch (e) { console.log('caught', e instanceof RangeError, e.message); }
                try { await import('./missing.mjs'); } catch (e) { console.log('caught', e.message.startsWith("Cannot find module './missing.mjs'")); }
                import 'forbidden';
                """);
        assertEquals("Uncaught RangeError: no access to forbidden\nexit 1\n", run("./hooks.mjs"));
    }

    @Test
    void hooksCanCatchTheErrorsOfTheRestOfTheChain() throws IOException {
        write("fallback.mjs", "export default 'fallback';\n");
        write("hooks.mjs", """
                import { registerHooks } from 'node:module';
                registerHooks({
                  resolve(specifier, context, nextResolve) {
                    try {
                      return nextResolve(specifier, context);
                    } catch (e) {
                      console.log('recovering from', e.constructor.name);
                      return nextResolve('./fallback.mjs', { parentURL: import.meta.url });
                    }
                  },
                });
                """);
        write("main.mjs", "import value from 'no-such-package';\nconsole.log(value);\n");
        assertEquals("recovering from Error\nfallback\nexit 0\n", run("./hooks.mjs"));
    }

    @Test
    void badHookResultsAndArgumentsAreTypeErrors() throws IOException {
        write("hooks.mjs", """
                import { registerHooks } from 'node:module';
                try { registerHooks({ resolve: 42 }); } catch (e) { console.log(e.name, e.message); }
                registerHooks({ resolve(specifier, context, nextResolve) {
                  return specifier === 'bad' ? { url: 42 } : nextResolve(specifier, context);
                } });
                """);
        write("main.mjs", "import 'bad';\n");
        assertEquals("TypeError registerHooks(options): options.resolve must be a function\n"
                + "Uncaught TypeError: The resolve hook returned a url of type number for 'bad', expected a string\n"
                + "exit 1\n", run("./hooks.mjs"));
    }

    @Test
    void javaHooksMapAliasesServeVirtualModulesAndReportTheirExceptions() throws Exception {
        write("lib/answer.mjs", "export const answer = 42;\n");
        ResolveHook alias = (specifier, context, next) -> specifier.equals("answer")
                ? next.resolve("./lib/answer.mjs", new ResolveContext(temp.toUri().toString() + "x.mjs", Map.of()))
                : next.resolve(specifier, context);
        ResolveHook virtual = (specifier, context, next) -> specifier.startsWith("java:")
                ? new ResolveResult(specifier, "module") : next.resolve(specifier, context);
        LoadHook generated = (url, context, next) -> {
            if (url.equals("java:fails")) {
                throw new IllegalArgumentException("the Java hook refuses " + url);
            }
            return url.startsWith("java:")
                    ? new LoadResult("module", "import { answer } from 'answer'; export const twice = answer * 2;")
                    : next.load(url, context);
        };
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp)
                .resolveHook(alias).resolveHook(virtual).loadHook(generated).build()) {
            Value ns = runtime.importModule("java:twice").get(30, TimeUnit.SECONDS);
            assertEquals(84, runtime.submit(() -> ns.getMember("twice").asInt()).get(30, TimeUnit.SECONDS));
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> runtime.importModule("java:fails").get(30, TimeUnit.SECONDS));
            JsError error = assertInstanceOf(JsError.class, failed.getCause());
            assertEquals("Error: the Java hook refuses java:fails", error.error().headline());
        }
    }

    @Test
    void javaHooksAndJsHooksFormOneChain() throws IOException {
        write("hooks.mjs", """
                import { registerHooks } from 'node:module';
                registerHooks({ load(url, context, nextLoad) {
                  const r = nextLoad(url, context);
                  return url.endsWith('main.mjs') ? { ...r, source: r.source + "\\nconsole.log('js');" } : r;
                } });
                """);
        write("main.mjs", "console.log('main');\n");
        LoadHook java = (url, context, next) -> {
            LoadResult r = next.load(url, context);
            return url.endsWith("main.mjs") ? new LoadResult(r.format(), r.source() + "\nconsole.log('java');") : r;
        };
        // The JS hook, registered later, runs first; its nextLoad reaches the Java hook.
        assertEquals("main\njava\njs\nexit 0\n",
                run(ModuleRuntime.builder(temp).linker(Linker.HMRC).loadHook(java), "./hooks.mjs"));
    }

    @Test
    void twoSpellingsOfOneFileFromAHookAreOneModule() throws IOException {
        write("sub/counter.mjs", "export let n = 0;\nexport function bump() { n++; }\n");
        write("main.mjs", """
                import { n, bump } from './sub/counter.mjs';
                import * as again from 'counter-alias';
                bump();
                console.log(n, again.n, again.bump === bump);
                """);
        ResolveHook alias = (specifier, context, next) -> specifier.equals("counter-alias")
                ? new ResolveResult(temp.resolve("sub/../sub/./counter.mjs").toUri().toString(), null)
                : next.resolve(specifier, context);
        assertEquals("1 1 true\nexit 0\n", run(ModuleRuntime.builder(temp).linker(Linker.HMRC).resolveHook(alias)));
    }

    @Test
    void javaLoadHooksNeedHmrcsLinker() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ModuleRuntime.builder(temp).linker(Linker.GRAALJS)
                        .loadHook((url, context, next) -> next.load(url, context)).build());
        assertTrue(refused.getMessage().contains("Linker.HMRC"), refused.getMessage());
    }

    @Test
    void javaResolveHooksRunInBothModes() throws IOException {
        write("impl/v2.mjs", "export default 'v2';\n");
        write("main.mjs", """
                import value from 'app:impl';
                console.log(value, import.meta.url.endsWith('/main.mjs'));
                try { await import('app:refused'); } catch (e) { console.log(e.name, e.message); }
                """);
        ResolveHook aliases = (specifier, context, next) -> switch (specifier) {
            case "app:impl" -> next.resolve("./impl/v2.mjs", context);
            case "app:refused" -> throw new IllegalArgumentException("no module is called " + specifier);
            default -> next.resolve(specifier, context);
        };
        for (Linker linker : Linker.values()) {
            assertEquals("v2 true\nError no module is called app:refused\nexit 0\n",
                    run(ModuleRuntime.builder(temp).linker(linker).resolveHook(aliases)), linker.toString());
        }
    }
}
