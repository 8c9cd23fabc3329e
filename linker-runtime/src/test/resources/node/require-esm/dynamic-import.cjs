// import() inside CommonJS, as Node: resolved from this file with the import condition, giving the
// module instance import gives. Text that only looks like a call stays: import('./missing.mjs')
const text = "import('./missing.mjs')", template = `import(${1})`;
async function main() {
  const point = await import('./point.mjs');
  console.log('relative', Object.keys(point).sort().join(','), text, template);
  console.log('bare', (await import('two-builds')).build, require('two-builds').build);
  console.log('same instance', (await import ( /* a comment */ './point.mjs')) === point,
    await import('./same-record.mjs').then(() => 'ok', (e) => 'rejected ' + e.message));
  const cjs = await import('./sibling-a.cjs');
  console.log('CommonJS namespace', Object.keys(cjs).sort().join(','), cjs.default === require('./sibling-a.cjs'));
  const json = await import('./answer.json', { with: { type: 'json' } });
  console.log('json', json.default.answer);
  const missing = await import('./missing.mjs').then(() => 'loaded', (e) => e instanceof Error);
  console.log('missing rejects with an Error', missing);
  const fromHelper = await require('./dynamic-import-helper.cjs').load();
  console.log('from another file', fromHelper === point, typeof arguments, arguments.length);
}
main().then(() => console.log('done'));
