// node:path/win32: Windows path rules on any host, written here from Node's documentation of
// path.win32 (no npm or WebJar package implements them; path-browserify is posix only) and
// checked against node's own path.win32 by NodeCompatibilityTest's path-win32 program.
//
// A path starts with an optional root: a drive ("C:", absolute when a separator follows:
// "C:\"), a UNC share ("\\server\share", always absolute) or a lone separator ("\", absolute
// on the current drive). Both "\" and "/" separate; "\" is what comes out. Drive letters and
// UNC names compare without case.
const nodeError = globalThis[Symbol.for("hmrc.commonjs")].nodeError;

const isSeparator = (c) => c === "\\" || c === "/";
const isDriveLetter = (c) => (c >= "A" && c <= "Z") || (c >= "a" && c <= "z");

function checkString(value, name) {
    if (typeof value !== "string") {
        throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", `The "${name}" argument must be of type string. Received `
            + (value === null ? "null" : typeof value === "object" || typeof value === "function"
                ? (value.constructor && value.constructor.name ? "an instance of " + value.constructor.name : "an instance of Object")
                : `type ${typeof value} (${typeof value === "symbol" ? value.toString() : String(value)})`));
    }
}

/**
 * The root of a path: `device` ("C:", "\\server\share", or "" for none), whether the path is
 * absolute, and where the rest begins (`end`, past one separator after the root).
 * `uncComplete`: the path is a UNC share and nothing else.
 */
function rootOf(path) {
    const length = path.length;
    if (length === 0) return { device: "", absolute: false, end: 0, uncComplete: false };
    if (isSeparator(path[0])) {
        if (length > 1 && isSeparator(path[1])) {
            // \\server\share: both names needed, any run of separators between them
            let i = 2;
            while (i < length && !isSeparator(path[i])) i++;
            if (i < length && i > 2) {
                const server = path.slice(2, i);
                while (i < length && isSeparator(path[i])) i++;
                const shareStart = i;
                if (i < length) {
                    while (i < length && !isSeparator(path[i])) i++;
                    const device = "\\\\" + server + "\\" + path.slice(shareStart, i);
                    return { device, absolute: true, end: i === length ? i : i + 1, uncComplete: i === length };
                }
            }
        }
        return { device: "", absolute: true, end: 1, uncComplete: false };
    }
    if (length > 1 && isDriveLetter(path[0]) && path[1] === ":") {
        const absolute = length > 2 && isSeparator(path[2]);
        return { device: path.slice(0, 2), absolute, end: absolute ? 3 : 2, uncComplete: false };
    }
    return { device: "", absolute: false, end: 0, uncComplete: false };
}

/** A device in the \\\\?\\ or \\\\.\\ namespace: no separator is added after it when nothing follows. */
const isNamespaced = (device) => device.length > 3 && (device[2] === "?" || device[2] === ".") && isSeparator(device[3]);

/** The segments of `rest` with "." dropped and ".." applied; ".." above the start kept unless `absolute`. */
function normalizeSegments(rest, absolute) {
    const out = [];
    for (const segment of rest.split(/[\\/]+/)) {
        if (segment === "" || segment === ".") continue;
        if (segment === "..") {
            if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
            else if (!absolute) out.push("..");
            continue;
        }
        out.push(segment);
    }
    return out.join("\\");
}

function normalize(path) {
    checkString(path, "path");
    if (path.length === 0) return ".";
    if (path.length === 1) return path === "/" ? "\\" : path;
    const root = rootOf(path);
    const namespaced = isNamespaced(root.device);
    if (root.uncComplete) return namespaced ? root.device : root.device + "\\";
    let tail = normalizeSegments(path.slice(root.end), root.absolute);
    if (namespaced && tail.length === 0) return root.device + (isSeparator(path[path.length - 1]) ? "\\" : "");
    if (tail.length === 0 && !root.absolute) tail = ".";
    if (tail.length > 0 && isSeparator(path[path.length - 1])) tail += "\\";
    if (!root.absolute && root.device === "" && path.includes(":")) {
        // A relative result must not read as a drive or a device ("C:..", "CON:"): "./" before it.
        if (tail.length >= 2 && isDriveLetter(tail[0]) && tail[1] === ":") return ".\\" + tail;
        for (let colon = path.indexOf(":"); colon !== -1; colon = path.indexOf(":", colon + 1)) {
            if (colon === path.length - 1 || isSeparator(path[colon + 1])) return ".\\" + tail;
        }
    }
    if (root.device === "") return root.absolute ? "\\" + tail : tail;
    return root.absolute ? root.device + "\\" + tail : root.device + tail;
}

function isAbsolute(path) {
    checkString(path, "path");
    return rootOf(path).absolute;
}

function join(...paths) {
    const parts = [];
    for (const path of paths) {
        checkString(path, "path");
        if (path.length > 0) parts.push(path);
    }
    if (parts.length === 0) return ".";
    let joined = parts.join("\\");
    // Leading separators collapse to one, unless the first part plainly names a UNC share
    // (exactly two separators, then a name).
    const first = parts[0];
    const namesUnc = first.length > 2 && isSeparator(first[0]) && isSeparator(first[1]) && !isSeparator(first[2]);
    if (!namesUnc) {
        let leading = 0;
        while (leading < joined.length && isSeparator(joined[leading])) leading++;
        if (leading >= 2) joined = "\\" + joined.slice(leading);
    }
    return normalize(joined);
}

function cwd() {
    return typeof process === "object" && process !== null && typeof process.cwd === "function" ? process.cwd() : "/";
}

/** Right to left until the result is absolute and on a drive; paths naming another drive are skipped. */
function resolve(...paths) {
    let device = "";
    let tail = "";
    let absolute = false;
    for (let i = paths.length - 1; i >= -1; i--) {
        let path;
        if (i >= 0) {
            path = paths[i];
            checkString(path, `paths[${i}]`);
            if (path.length === 0) continue;
        } else if (device.length === 0) {
            path = cwd();
        } else {
            // a drive's own current folder (the "=C:" variable), else the current folder if on that drive, else its root
            const env = typeof process === "object" && process !== null ? process.env : undefined;
            path = (env && env["=" + device]) || cwd();
            if (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path[2] === "\\") path = device + "\\";
        }
        const root = rootOf(path);
        if (root.device.length > 0) {
            if (device.length === 0) device = root.device;
            else if (root.device.toLowerCase() !== device.toLowerCase()) continue;
        }
        if (absolute) {
            if (device.length > 0) break;
        } else {
            tail = path.slice(root.end) + "\\" + tail;
            absolute = root.absolute;
            if (absolute && device.length > 0) break;
        }
    }
    tail = normalizeSegments(tail, absolute);
    if (tail.length === 0 && isNamespaced(device)) return device;
    return absolute ? device + "\\" + tail : device + tail || ".";
}

function relative(from, to) {
    checkString(from, "from");
    checkString(to, "to");
    if (from === to) return "";
    const fromResolved = resolve(from);
    const toResolved = resolve(to);
    if (fromResolved === toResolved) return "";
    const fromRoot = rootOf(fromResolved);
    const toRoot = rootOf(toResolved);
    if (fromRoot.device.toLowerCase() !== toRoot.device.toLowerCase()) return toResolved; // another drive or share
    const split = (resolved, root) => resolved.slice(root.end).split("\\").filter((s) => s.length > 0);
    const fromParts = split(fromResolved, fromRoot);
    const toParts = split(toResolved, toRoot);
    let common = 0;
    while (common < fromParts.length && common < toParts.length
        && fromParts[common].toLowerCase() === toParts[common].toLowerCase()) common++;
    const up = fromParts.slice(common).map(() => "..");
    return up.concat(toParts.slice(common)).join("\\");
}

function toNamespacedPath(path) {
    if (typeof path !== "string" || path.length === 0) return path;
    const resolved = resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved[0] === "\\") {
        if (resolved[1] === "\\" && resolved[2] !== "?" && resolved[2] !== ".") return "\\\\?\\UNC\\" + resolved.slice(2);
    } else if (isDriveLetter(resolved[0]) && resolved[1] === ":" && resolved[2] === "\\") {
        return "\\\\?\\" + resolved;
    }
    return resolved;
}

/** Where the last segment begins and ends (trailing separators left out), from `start`. */
function lastSegment(path, start) {
    let end = path.length;
    while (end > start && isSeparator(path[end - 1])) end--;
    let begin = end;
    while (begin > start && !isSeparator(path[begin - 1])) begin--;
    return { begin, end };
}

/** The extension of a segment: from its last ".", unless that dot begins it or the segment is "..". */
function extensionOf(segment) {
    const dot = segment.lastIndexOf(".");
    return dot <= 0 || segment === ".." ? "" : segment.slice(dot);
}

function dirname(path) {
    checkString(path, "path");
    if (path.length === 0) return ".";
    if (path.length === 1) return isSeparator(path[0]) ? path : ".";
    const root = rootOf(path);
    if (root.uncComplete) return path;
    const rootEnd = root.device === "" && !root.absolute ? -1 : root.end;
    let i = path.length - 1;
    while (i >= Math.max(root.end, 0) && isSeparator(path[i])) i--; // trailing separators
    while (i >= root.end && !isSeparator(path[i])) i--; // the last segment
    if (i < root.end) return rootEnd === -1 ? "." : path.slice(0, rootEnd);
    return path.slice(0, i);
}

function basename(path, suffix) {
    if (suffix !== undefined) checkString(suffix, "suffix");
    checkString(path, "path");
    const start = path.length >= 2 && isDriveLetter(path[0]) && path[1] === ":" ? 2 : 0;
    const { begin, end } = lastSegment(path, start);
    const base = path.slice(begin, end);
    if (suffix !== undefined && suffix === path) return "";
    if (suffix !== undefined && suffix.length > 0 && suffix.length < base.length && base.endsWith(suffix)) {
        return base.slice(0, base.length - suffix.length);
    }
    return base;
}

function extname(path) {
    checkString(path, "path");
    const start = path.length >= 2 && isDriveLetter(path[0]) && path[1] === ":" ? 2 : 0;
    const { begin, end } = lastSegment(path, start);
    return extensionOf(path.slice(begin, end));
}

function parse(path) {
    checkString(path, "path");
    const parsed = { root: "", dir: "", base: "", ext: "", name: "" };
    if (path.length === 0) return parsed;
    const root = rootOf(path);
    const rootEnd = root.device === "" && !root.absolute ? 0 : root.end;
    parsed.root = path.slice(0, rootEnd);
    if (rootEnd === path.length) {
        parsed.dir = parsed.root;
        return parsed;
    }
    const { begin, end } = lastSegment(path, rootEnd);
    if (end > begin) {
        const base = path.slice(begin, end);
        const ext = extensionOf(base);
        parsed.base = base;
        parsed.ext = ext;
        parsed.name = base.slice(0, base.length - ext.length);
    }
    // the folder: up to the separator before the base (the root whole, when that is all there is)
    parsed.dir = begin > 0 && begin !== rootEnd ? path.slice(0, begin - 1) : parsed.root;
    return parsed;
}

function format(pathObject) {
    if (pathObject === null || typeof pathObject !== "object") {
        throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", "The \"pathObject\" argument must be of type object. Received "
            + (pathObject === null ? "null" : `type ${typeof pathObject} (${String(pathObject)})`));
    }
    const dir = pathObject.dir || pathObject.root;
    const ext = pathObject.ext ? (pathObject.ext[0] === "." ? "" : ".") + pathObject.ext : "";
    const base = pathObject.base || `${pathObject.name || ""}${ext}`;
    if (!dir) return base;
    return dir === pathObject.root ? dir + base : dir + "\\" + base;
}

function matchesGlob() {
    throw nodeError(Error, "ERR_UNSUPPORTED", "path.matchesGlob() is not available in hmrc");
}

const win32 = {
    resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname, format, parse, matchesGlob,
    sep: "\\", delimiter: ";", win32: null, posix: null, _makeLong: toNamespacedPath,
};
win32.win32 = win32;
module.exports = win32;
win32.posix = require("path").posix; // (path.js sets module.exports before it requires this module)
