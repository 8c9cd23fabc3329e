// A test-only linker that follows docs/module-format.md: execute(meta, import) → first next() gives
// [relink, accessors], next(holder) links, next() evaluates. Not spec-complete: enough to check the
// transform's semantics (live bindings, TDZ, cycles, async modules, relinking).
(function (defs) {
  const instances = new Map();
  const normalize = s => s.replace(/^\.\//, '');
  async function instantiate(name) {
    let m = instances.get(name);
    if (m) return m;
    const def = defs[name];
    if (!def) throw new Error('test linker: no module ' + name);
    m = { name, record: JSON.parse(def.record), status: 'new', importers: new Set() };
    instances.set(name, m);
    m.gen = (0, def.execute)({ url: 'file:///' + name }, (s, o) => load(normalize(s)).then(namespace));
    const [relink, accessors] = (await m.gen.next()).value;
    m.relink = relink;
    m.accessors = accessors;
    m.deps = [];
    for (const r of m.record.requests) {
      const dep = await instantiate(normalize(r.specifier));
      dep.importers.add(m);
      m.deps.push(dep);
    }
    return m;
  }
  function resolveExport(m, exportName, seen = new Set()) {
    if (seen.has(m)) return null;
    seen.add(m);
    if (Object.prototype.hasOwnProperty.call(m.accessors, exportName)) return m.accessors[exportName];
    for (const e of m.record.indirectExports) {
      if (e.exportName === exportName) {
        const dep = m.deps[e.request];
        return e.importName === '*namespace*' ? () => namespace(dep) : resolveExport(dep, e.importName, seen);
      }
    }
    if (exportName === 'default') return null;
    for (const r of m.record.starExports) {
      const g = resolveExport(m.deps[r], exportName, seen);
      if (g) return g;
    }
    return null;
  }
  function exportNames(m, seen = new Set()) {
    if (seen.has(m)) return [];
    seen.add(m);
    const names = new Set(Object.keys(m.accessors));
    for (const e of m.record.indirectExports) names.add(e.exportName);
    for (const r of m.record.starExports) for (const n of exportNames(m.deps[r], seen)) if (n !== 'default') names.add(n);
    return [...names];
  }
  function namespace(m) {
    if (!m.ns) {
      const ns = Object.create(null);
      for (const n of exportNames(m).sort()) {
        const g = resolveExport(m, n);
        Object.defineProperty(ns, n, { get: () => g(), enumerable: true });
      }
      Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
      m.ns = Object.preventExtensions(ns);
    }
    return m.ns;
  }
  function holderFor(m) {
    const holder = m.record.imports.map(b => {
      const dep = m.deps[b.request];
      if (b.importName === '*namespace*') return () => namespace(dep);
      const g = resolveExport(dep, b.importName);
      if (!g) throw new SyntaxError(`module ${dep.name} has no export ${b.importName}`);
      return g;
    });
    // Namespace member reads (ns.x): the export's getter, or undefined for a name the namespace lacks.
    for (const member of m.record.namespaceMembers ?? []) {
      const dep = m.deps[m.record.imports[member.import].request];
      const g = exportNames(dep).includes(member.name) && resolveExport(dep, member.name);
      holder.push(g || (() => undefined));
    }
    return holder;
  }
  async function link(m) {
    if (m.status !== 'new') return;
    m.status = 'linked';
    for (const d of m.deps) await link(d);
    await m.gen.next(holderFor(m));
  }
  function evaluate(m) {
    if (m.status === 'evaluating' || m.status === 'evaluated') return m.done;
    m.status = 'evaluating';
    m.done = (async () => {
      for (const d of m.deps) if (d.status !== 'evaluating') await evaluate(d);
      await m.gen.next();
      m.status = 'evaluated';
    })();
    return m.done;
  }
  async function load(name) {
    const m = await instantiate(name);
    await link(m);
    await evaluate(m);
    return m;
  }
  /** Runs a new version of a module and rebinds its importers to it. */
  async function reload(name, def) {
    const old = instances.get(name);
    defs[name] = def;
    instances.delete(name);
    const m = await load(name);
    for (const importer of old.importers) {
      importer.deps = importer.deps.map(d => d === old ? m : d);
      m.importers.add(importer);
      importer.relink(holderFor(importer));
    }
    return m;
  }
  return {
    run: name => load(name).catch(e => console.log('Uncaught ' + (e && e.name) + ': ' + (e && e.message))),
    reload,
    accessors: name => instances.get(name).accessors,
  };
})
