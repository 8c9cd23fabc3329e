package dev.hmrc.runtime;

import dev.hmrc.runtime.hooks.LoadResult;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TypeScript modules in both linkers: a program of {@code .ts} files prints the same under
 * GraalJS's own loader (reading the stripped text) and under hmrc's linker; stack frames point
 * at the {@code .ts} line and column; a construct that cannot be stripped stops the program with
 * its position; enums and parameter properties run; type-only imports load nothing; {@code ./x.js}
 * finds {@code x.ts}.
 */
class TypeScriptModulesTest {

    @TempDir
    Path temp;

    private record Run(String out, String err, int status) {
    }

    private Run run(Linker linker, String entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ModuleRuntime.builder(temp).linker(linker).transformCache(null).out(out).err(err)
                .runProgram(List.of(entry));
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    private void write(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void writeProgram() throws Exception {
        write("main.ts", """
                import type { Shape } from './no-such-module.ts';
                import { area, type Circle, describe } from './lib/shapes.js';
                import { Counter } from './lib/counter.mts';
                const circle: Circle = { kind: 'circle', radius: 2 } satisfies Shape;
                const counter = new Counter<number>(1).add(2)!;
                console.log(describe(circle), area(circle).toFixed(2), counter.total as number);
                console.log(typeof (globalThis as any).shapesLoaded, Object.keys(await import('./lib/shapes.ts')).join());
                """);
        write("lib/shapes.ts", """
                export interface Circle { kind: 'circle'; radius: number }
                export type Shape = Circle | { kind: 'square'; side: number };
                (globalThis as { shapesLoaded?: boolean }).shapesLoaded = true;
                export function area(shape: Shape): number {
                  return shape.kind === 'circle' ? Math.PI * shape.radius ** 2 : shape.side ** 2;
                }
                export const describe = <S extends Shape>(shape: S): string => `${shape.kind}`;
                """);
        write("lib/counter.mts", """
                export class Counter<T extends number> {
                  private readonly values: T[] = [];
                  declare label: string;
                  constructor(first: T) { this.values.push(first); }
                  add(this: Counter<T>, value: T): this { this.values.push(value); return this; }
                  get total(): number { return this.values.reduce((a: number, b) => a + b, 0); }
                }
                """);
    }

    @Test
    void aTypeScriptProgramPrintsTheSameInBothLinkers() throws Exception {
        writeProgram();
        Run graal = run(Linker.GRAALJS, "./main.ts");
        Run hmrc = run(Linker.HMRC, "./main.ts");
        assertEquals("circle 12.57 3\nboolean area,describe\n", graal.out(), graal.err());
        assertEquals(graal.out(), hmrc.out(), hmrc.err());
        assertEquals(0, graal.status());
        assertEquals(0, hmrc.status());
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void stackFramesPointAtTheTypeScriptLineAndColumn(Linker linker) throws Exception {
        String source = """
                function check(value: number, limit: number = 10): asserts value is 5 {
                  const message: string = `over ${limit as number}`; if ((value as number) > limit) throw new RangeError(message);
                }
                const input: number = 11 satisfies number; check(input!);
                """;
        write("fail.ts", source);
        Run run = run(linker, "./fail.ts");
        String[] lines = source.split("\n");
        int throwColumn = lines[1].indexOf("new RangeError") + 1;
        int callColumn = lines[3].indexOf("check(input") + 1;
        Path file = temp.toRealPath().resolve("fail.ts");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("Uncaught RangeError: over 10\n"), run.err());
        assertTrue(run.err().contains("at check (" + file + ":2:" + throwColumn + ")"), run.err());
        assertTrue(run.err().contains("at " + file + ":4:" + callColumn), run.err());
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void aConstructThatCannotBeStrippedStopsTheProgramWithItsPosition(Linker linker) throws Exception {
        write("main.ts", "console.log('never runs');\nimport { Util } from './util.ts';\n");
        write("util.ts", "const unused: number = 0;\nexport  namespace Util { export const a = 1; }\n");
        Run run = run(linker, "./main.ts");
        assertEquals(1, run.status());
        assertEquals("", run.out(), "nothing runs");
        assertTrue(run.err().contains("TypeScript namespace with values is not supported"), run.err());
        assertTrue(run.err().contains("util.ts:2:9)"), run.err()); // the "namespace" keyword
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void aJsSpecifierFindsTheTypeScriptFileOnlyWhenNoJsFileIsThere(Linker linker) throws Exception {
        write("main.mjs", "import { a } from './a.js';\nimport { b } from './b.js';\nconsole.log(a, b);\n");
        write("a.ts", "export const a: string = 'a.ts';\n");
        write("b.ts", "export const b: string = 'b.ts';\n");
        write("b.js", "export const b = 'b.js';\n");
        Run run = run(linker, "./main.mjs");
        assertEquals("a.ts b.js\n", run.out(), run.err());
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void enumsAndParameterPropertiesRunAsTypeScriptEmitsThem(Linker linker) throws Exception {
        write("main.ts", """
                enum Color { Red, Green = "green", Blue = 4, Mix = Red | Blue, Next }
                class Base { constructor(readonly kind: string) {} }
                class Point extends Base {
                  constructor(public x: number, private readonly y: number = 2) { super("point"); }
                  sum(): number { return this.x + this.y; }
                }
                const p = new Point(1);
                console.log(Color.Red, Color[0], Color.Green, Color[Color.Mix], Color.Next, p.kind, p.sum(), JSON.stringify(p));
                throw new Error("on line 9");
                """);
        Run run = run(linker, "./main.ts");
        assertEquals("0 Red green Mix 5 point 3 {\"kind\":\"point\",\"x\":1,\"y\":2}\n", run.out(), run.err());
        assertTrue(run.err().contains("main.ts:9:7"), "lines are kept: " + run.err());
    }

    @Test
    void aLoadHookMayReturnTypeScriptForAnyUrl() throws Exception {
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).transformCache(null)
                .loadHook((url, context, next) -> url.equals("virtual:config")
                        ? new LoadResult("module-typescript", "export const port: number = 8080 as number;\n")
                        : next.load(url, context))
                .resolveHook((specifier, context, next) -> specifier.equals("virtual:config")
                        ? new dev.hmrc.runtime.hooks.ResolveResult("virtual:config", null)
                        : next.resolve(specifier, context))
                .err(new ByteArrayOutputStream()).build()) {
            write("main.ts", "import { port } from 'virtual:config';\nexport const url: string = `http://x:${port}`;\n");
            Value main = runtime.importModule("./main.ts").get(30, TimeUnit.SECONDS);
            assertEquals("http://x:8080", runtime.submit(() -> main.getMember("url").asString()).get(30, TimeUnit.SECONDS));
        }
    }
}
