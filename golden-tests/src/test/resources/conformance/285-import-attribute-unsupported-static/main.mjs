// a static import with an attribute key the host does not support is a SyntaxError of the importing module (ParseModule), before anything evaluates
try {
    await import('./importer.mjs');
    console.log('no error');
} catch (e) {
    console.log(e.constructor.name, e.message.slice(0, e.message.indexOf(' (')));
}
