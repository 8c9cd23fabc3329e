package dev.hmrc.runtime;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Java hosts: host access, Java.type, globals, context options and Java-backed modules, in both linkers. */
class JavaHostTest {

    @TempDir
    Path temp;

    private void write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    /** A Java service JS calls when host access allows it. */
    public static final class Greeter {
        public String greet(String name) {
            return "hello " + name;
        }

        public List<String> names() {
            return new ArrayList<>(List.of("ada", "grace"));
        }

        public Map<String, Integer> ages() {
            return new LinkedHashMap<>(Map.of("ada", 36));
        }

        public String twice(java.util.function.Function<String, String> f, String x) {
            return f.apply(f.apply(x));
        }

        public String keysOf(Value jsObject) {
            return String.join(",", jsObject.getMemberKeys());
        }

        @SuppressWarnings("unchecked")
        public int sizeOf(Object jsArray) {
            return ((List<Object>) jsArray).size();
        }
    }

    /** The value-mapping rules the README states, checked. */
    @Test
    void valuesCrossTheBoundaryAsTheReadmeSays() throws Exception {
        write("map.mjs", """
                export function rules() {
                  const ages = greeter.ages();
                  const list = greeter.names();
                  return [ages.get('ada'), String(ages.ada), list.map((n) => n.length).join('+'), Array.from(list).map((n) => n[0]).join(''),
                          greeter.twice((s) => s + '!', 'hi'), greeter.keysOf({a: 1, b: 2}), greeter.sizeOf([1, 2, 3])].join(' ');
                }
                """);
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).hostAccess(HostAccess.ALL)
                .global("greeter", new Greeter()).build()) {
            assertEquals("36 36 3+5 ag hi!! a,b 3", callString(runtime, "./map.mjs", "rules"));
        }
    }

    private String callString(ModuleRuntime runtime, String specifier, String export) throws Exception {
        return await(runtime.callExport(specifier, export, Value::asString));
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void javaTypeFindsOnlyTheAllowedClasses(Linker linker) throws Exception {
        write("types.mjs", """
                export function allowed() { const List = Java.type('java.util.ArrayList'); const l = new List(); l.add(3); l.add(4); return String(l.size()) + ':' + l.get(1); }
                export function denied() { try { Java.type('java.io.File'); return 'found'; } catch (e) { return e.name + ': ' + e.message; } }
                """);
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).linker(linker)
                .hostAccess(HostAccess.ALL)
                .allowHostClassLookup(name -> name.startsWith("java.util."))
                .build()) {
            assertEquals("2:4", callString(runtime, "./types.mjs", "allowed"));
            String denied = callString(runtime, "./types.mjs", "denied");
            assertTrue(denied.startsWith("TypeError: ") && denied.contains("java.io.File"), denied);
        }
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void withoutClassLookupJavaTypeFindsNothing(Linker linker) throws Exception {
        write("types.mjs", """
                export function lookup() { try { Java.type('java.util.ArrayList'); return 'found'; } catch (e) { return e.name + ': ' + e.message; } }
                """);
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).linker(linker).hostAccess(HostAccess.ALL).build()) {
            String message = callString(runtime, "./types.mjs", "lookup");
            assertEquals("ReferenceError: Java is not defined", message);
        }
    }

    @Test
    void aGlobalJavaObjectIsCallableWithHostAccessAndOpaqueWithout() throws Exception {
        write("use.mjs", """
                export function greet() { return greeter.greet('ada'); }
                export function list() { const names = greeter.names(); names.push('linus'); return names.length + ' ' + names[2] + ' ' + Array.isArray(names); }
                export function shout(s) { return shout2(s); }
                """);
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).hostAccess(HostAccess.ALL)
                .global("greeter", new Greeter())
                .global("shout2", (ProxyExecutable) args -> args[0].asString().toUpperCase())
                .build()) {
            assertEquals("hello ada", callString(runtime, "./use.mjs", "greet"));
            // A Java List seen from JS: indexable, length, push, Array.isArray (GraalJS's list access).
            assertEquals("3 linus true", callString(runtime, "./use.mjs", "list"));
            assertEquals("HEY", await(runtime.callExport("./use.mjs", "shout", Value::asString, "hey")));
        }
        try (ModuleRuntime sandboxed = ModuleRuntime.builder(temp).global("greeter", new Greeter()).build()) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> callString(sandboxed, "./use.mjs", "greet"));
            assertTrue(refused.getCause().getMessage().contains("TypeError"), refused.getCause().getMessage());
        }
    }

    @Test
    void contextOptionsTheRuntimeOwnsAreRefusedByName() {
        IllegalArgumentException io = assertThrows(IllegalArgumentException.class, () -> ModuleRuntime.builder(temp)
                .contextOptions(b -> b.allowIO(org.graalvm.polyglot.io.IOAccess.ALL)).build().close());
        assertTrue(io.getMessage().contains("allowIO") && io.getMessage().contains("file system"), io.getMessage());
        IllegalArgumentException access = assertThrows(IllegalArgumentException.class, () -> ModuleRuntime.builder(temp)
                .contextOptions(b -> b.allowHostAccess(HostAccess.ALL)).build().close());
        assertTrue(access.getMessage().contains("ModuleRuntime.Builder.hostAccess"), access.getMessage());
        IllegalArgumentException option = assertThrows(IllegalArgumentException.class, () -> ModuleRuntime.builder(temp)
                .contextOptions(b -> b.option("js.unhandled-rejections", "none")).build().close());
        assertTrue(option.getMessage().contains("js.unhandled-rejections"), option.getMessage());
        IllegalArgumentException version = assertThrows(IllegalArgumentException.class, () -> ModuleRuntime.builder(temp)
                .contextOptions(b -> b.option("js.ecmascript-version", "2022")).build().close());
        assertTrue(version.getMessage().contains("js.ecmascript-version"), version.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void otherContextOptionsApply(Linker linker) throws Exception {
        write("zone.mjs", """
                export function offset() { return String(new Date(0).getTimezoneOffset()); }
                """);
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).linker(linker)
                .contextOptions(b -> b.timeZone(java.time.ZoneId.of("Asia/Tokyo"))).build()) {
            assertEquals("-540", callString(runtime, "./zone.mjs", "offset"));
        }
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).linker(linker)
                .contextOptions(b -> b.timeZone(java.time.ZoneId.of("America/Sao_Paulo"))).build()) {
            assertEquals("180", callString(runtime, "./zone.mjs", "offset"));
        }
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void javaBackedModuleExportsAreLiveBindings(Linker linker) throws Exception {
        write("app.mjs", """
                import { user, limit } from 'java:config';
                import * as config from 'java:config';
                export const atStart = user + ' ' + limit;
                export function now() { return user + ' ' + limit + ' ' + config.user; }
                """);
        Map<String, Object> exports = new LinkedHashMap<>();
        exports.put("user", "ada");
        exports.put("limit", 4);
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).linker(linker).javaModule("java:config", exports).build()) {
            Value app = await(runtime.importModule("./app.mjs"));
            assertEquals("ada 4", await(runtime.submit(() -> app.getMember("atStart").asString())));
            await(runtime.javaModule("java:config").set("user", "grace"));
            assertEquals("grace 4 grace", callString(runtime, "./app.mjs", "now"));
            assertEquals("ada 4", await(runtime.submit(() -> app.getMember("atStart").asString())), "nothing ran again");
            assertEquals("grace", runtime.javaModule("java:config").get("user"));
            assertThrows(IllegalArgumentException.class, () -> runtime.javaModule("java:config").set("nope", 1));
            assertThrows(IllegalArgumentException.class, () -> runtime.javaModule("java:other"));
        }
    }

    @Test
    void replacingAJavaExportRunsTheAcceptCallbacksOfItsImporters() throws Exception {
        write("app.mjs", """
                import { limit } from 'java:config';
                export const seen = [];
                import.meta.hot.accept('java:config', (ns) => { seen.push('single ' + ns.limit + ' ' + limit); });
                import.meta.hot.accept(['./other.mjs', 'java:config'], ([other, config]) => { seen.push('list ' + other + ' ' + config.limit); });
                """);
        write("other.mjs", "export const x = 1;\n");
        write("bystander.mjs", "import { limit } from 'java:config'; export const seen = []; export function read() { return limit; }\n");
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).hot(HotOptions.parse("silent"))
                .err(new ByteArrayOutputStream())
                .javaModule("java:config", Map.of("limit", 4)).build()) {
            Value app = await(runtime.importModule("./app.mjs"));
            Value bystander = await(runtime.importModule("./bystander.mjs"));
            await(runtime.javaModule("java:config").set("limit", 9));
            assertEquals("single 9 9|list undefined 9",
                    await(runtime.submit(() -> app.getMember("seen").invokeMember("join", "|").asString())));
            assertEquals(9, await(runtime.submit(() -> bystander.getMember("read").execute().asInt())));
        }
    }

    @Test
    void javaModuleNamesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> ModuleRuntime.builder(temp).javaModule("./config.mjs", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> ModuleRuntime.builder(temp).javaModule("java:x", Map.of("not a name", 1)));
    }
}
