// node:url: fileURLToPath and pathToFileURL (POSIX paths), URL and URLSearchParams from the globals.
const nodeError = globalThis[Symbol.for("hmrc.commonjs")].nodeError;
function fileURLToPath(url) {
    const href = typeof url === "string" ? url : url && url.href;
    if (typeof href !== "string") {
        throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", "The \"path\" argument must be of type string or an instance of URL. Received " + (url === null ? "null" : typeof url));
    }
    const parsed = typeof URL === "function" ? new URL(href) : null;
    const protocol = parsed ? parsed.protocol : href.slice(0, href.indexOf(":") + 1);
    if (protocol !== "file:") throw nodeError(TypeError, "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file");
    const host = parsed ? parsed.hostname : "";
    if (host !== "" && host !== "localhost") {
        throw nodeError(TypeError, "ERR_INVALID_FILE_URL_HOST", "File URL host must be \"localhost\" or empty on linux");
    }
    const pathname = parsed ? parsed.pathname : href.replace(/^file:(\/\/[^/]*)?/, "").replace(/[?#].*$/, "");
    if (/%2f/i.test(pathname)) throw nodeError(TypeError, "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters");
    return decodeURIComponent(pathname);
}
function pathToFileURL(path) {
    let resolved = require("path").resolve(path);
    if (path.endsWith("/") && !resolved.endsWith("/")) resolved += "/";
    const encoded = resolved.replace(/%/g, "%25").replace(/\\/g, "%5C").replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/\t/g, "%09");
    if (typeof URL !== "function") {
        const href = "file://" + encodeURI(encoded).replace(/\?/g, "%3F").replace(/#/g, "%23");
        return { href, protocol: "file:", pathname: href.slice(7), toString: () => href };
    }
    const url = new URL("file://");
    url.pathname = encoded;
    return url;
}
module.exports = {
    fileURLToPath,
    pathToFileURL,
    URL: globalThis.URL,
    URLSearchParams: globalThis.URLSearchParams,
    format: (url) => (typeof url === "string" ? url : url && url.href !== undefined ? url.href : String(url)),
};
