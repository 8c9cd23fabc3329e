// import.meta's own keys are host-defined (HostGetImportMetaProperties): GraalJS exposes only url, hmrc also Node's dirname, filename, resolve
console.log(Object.keys(import.meta).join());
console.log(typeof import.meta.url);
