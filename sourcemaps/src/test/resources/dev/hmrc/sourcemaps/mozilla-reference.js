// Runs a batch of tasks through Mozilla's source-map (0.6.1) for the reference tests.
// Usage: node mozilla-reference.js <path of the source-map package> <tasks.json>
// Each task is {op: "mappings", map}, {op: "lookup", map, queries: [[line0, column]]}
// or {op: "compose", outer, inner, source}; maps are JSON strings. Lines in the
// output are zero-based like the Java API. Prints one JSON array of results.
'use strict';
const fs = require('fs');
const sm = require(process.argv[2]);
const tasks = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));

function mappingsOf(consumer) {
  const out = [];
  consumer.eachMapping(m => {
    // 0.6.1 reports source "." for a generated-only segment; originalLine is null there
    out.push(m.originalLine == null
      ? [m.generatedLine - 1, m.generatedColumn, null, null, null, null]
      : [m.generatedLine - 1, m.generatedColumn, m.source, m.originalLine - 1, m.originalColumn,
         m.name == null ? null : m.name]);
  });
  return out;
}

function run(task) {
  if (task.op === 'mappings') {
    return mappingsOf(new sm.SourceMapConsumer(task.map));
  }
  if (task.op === 'lookup') {
    const consumer = new sm.SourceMapConsumer(task.map);
    return task.queries.map(([line, column]) => {
      const p = consumer.originalPositionFor({line: line + 1, column});
      return p.source == null ? null : [p.source, p.line - 1, p.column, p.name == null ? null : p.name];
    });
  }
  if (task.op === 'compose') {
    // SourceMapGenerator.fromSourceMap (0.6.1) throws on generated-only segments, so copy by hand
    const outer = new sm.SourceMapConsumer(task.outer);
    const generator = new sm.SourceMapGenerator({file: outer.file});
    outer.eachMapping(m => generator.addMapping(m.originalLine == null
      ? {generated: {line: m.generatedLine, column: m.generatedColumn}}
      : {generated: {line: m.generatedLine, column: m.generatedColumn}, source: m.source,
         original: {line: m.originalLine, column: m.originalColumn}, name: m.name == null ? undefined : m.name}));
    generator.applySourceMap(new sm.SourceMapConsumer(task.inner), task.source);
    const composed = new sm.SourceMapConsumer(generator.toString());
    const contents = {};
    for (const source of composed.sources) {
      contents[source] = composed.sourceContentFor(source, true);
    }
    return {mappings: mappingsOf(composed), contents};
  }
  throw new Error('unknown op ' + task.op);
}

const results = tasks.map(task => {
  try {
    return run(task);
  } catch (e) {
    return {error: String(e && e.stack || e)};
  }
});
process.stdout.write(JSON.stringify(results));
