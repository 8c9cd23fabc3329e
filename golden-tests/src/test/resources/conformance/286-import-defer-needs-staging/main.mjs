// without staging (the default language) "import defer" is a SyntaxError in both modes
try {
    await import('./uses-defer.mjs');
    console.log('no error');
} catch (e) {
    console.log(e.constructor.name);
}
