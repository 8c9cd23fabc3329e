// node:module: createRequire, builtinModules, isBuiltin and the Module class of hmrc's CommonJS.
const commonjs = globalThis[Symbol.for("hmrc.commonjs")];
const Module = commonjs.Module;
module.exports = {
    createRequire: commonjs.createRequire,
    builtinModules: Module.builtinModules,
    isBuiltin: Module.isBuiltin,
    Module,
    _cache: Module._cache,
    _extensions: Module._extensions,
    _resolveFilename: Module._resolveFilename,
    _load: Module._load,
    _nodeModulePaths: Module._nodeModulePaths,
    wrap: Module.wrap,
};
