// hmrc loader hooks, the JS half: the registerHooks function of the node:module built-in and
// the calls into JS hooks (building their context and nextResolve/nextLoad arguments, checking
// what they return). Evaluated once per context as a script; its completion value is an object
// of functions for dev.hmrc.runtime.hooks.NodeModuleBuiltin. Defines no global.
(function () {
    "use strict";
    const { create, keys } = Object;
    const TypeErrorCtor = TypeError;
    // Import attributes travel between Java and JS as a flat [key, value, ...] list.
    const attributesObject = (list) => {
        const attributes = create(null);
        for (let i = 0; i + 1 < list.length; i += 2) {
            attributes[list[i]] = list[i + 1];
        }
        return attributes;
    };
    const attributesList = (attributes) => {
        const list = [];
        if (attributes !== null && typeof attributes === "object") {
            for (const key of keys(attributes)) {
                list.push(key, `${attributes[key]}`);
            }
        }
        return list;
    };
    const checkObject = (result, hook, subject) => {
        if (result === null || typeof result !== "object") {
            throw new TypeErrorCtor(`The ${hook} hook returned ${result === null ? "null" : typeof result}`
                + ` for '${subject}', expected an object`);
        }
    };
    return {
        // register(resolve or null, load or null) -> deregister function (Java).
        registerHooksFunction: (register) => function registerHooks(options) {
            if (options === null || typeof options !== "object") {
                throw new TypeErrorCtor("registerHooks(options): options must be an object");
            }
            const { resolve, load } = options;
            for (const [name, hook] of [["resolve", resolve], ["load", load]]) {
                if (hook !== undefined && typeof hook !== "function") {
                    throw new TypeErrorCtor(`registerHooks(options): options.${name} must be a function`);
                }
            }
            const deregister = register(resolve === undefined ? null : resolve, load === undefined ? null : load);
            return { deregister() { deregister(); } };
        },
        // -> [url, format or null]. next(specifier, parentURL or null, attributeList) -> [url, format or null].
        callResolve: (hook, specifier, parentURL, attributeList, next) => {
            const context = {
                conditions: ["import"],
                importAttributes: attributesObject(attributeList),
                parentURL: parentURL === null ? undefined : parentURL,
            };
            const nextResolve = function nextResolve(nextSpecifier, nextContext) {
                const merged = nextContext === undefined ? context : { ...context, ...nextContext };
                const resolved = next(`${nextSpecifier}`, merged.parentURL == null ? null : `${merged.parentURL}`,
                    attributesList(merged.importAttributes));
                const result = { url: resolved[0] };
                if (resolved[1] !== null) result.format = resolved[1];
                return result;
            };
            const result = hook(specifier, context, nextResolve);
            checkObject(result, "resolve", specifier);
            if (typeof result.url !== "string") {
                throw new TypeErrorCtor(`The resolve hook returned a url of type ${typeof result.url}`
                    + ` for '${specifier}', expected a string`);
            }
            return [result.url, result.format == null ? null : `${result.format}`];
        },
        // -> [format or null, source]. next(url, format or null, attributeList) -> [format or null, source].
        callLoad: (hook, url, format, attributeList, next) => {
            const context = {
                conditions: ["import"],
                format: format === null ? undefined : format,
                importAttributes: attributesObject(attributeList),
            };
            const nextLoad = function nextLoad(nextUrl, nextContext) {
                const merged = nextContext === undefined ? context : { ...context, ...nextContext };
                const loaded = next(`${nextUrl}`, merged.format == null ? null : `${merged.format}`,
                    attributesList(merged.importAttributes));
                const result = { source: loaded[1] };
                if (loaded[0] !== null) result.format = loaded[0];
                return result;
            };
            const result = hook(url, context, nextLoad);
            checkObject(result, "load", url);
            if (typeof result.source !== "string") {
                throw new TypeErrorCtor(`The load hook returned a source of type ${typeof result.source}`
                    + ` for '${url}', expected a string`);
            }
            return [result.format == null ? null : `${result.format}`, result.source];
        },
    };
})()
