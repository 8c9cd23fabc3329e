// import.meta's own keys are host-defined (HostGetImportMetaProperties): GraalJS and hmrc expose exactly url
console.log(Object.keys(import.meta).join());
console.log(typeof import.meta.url);
