const path = require('path');
exports.thisIsExports = this === module.exports;
exports.filename = path.basename(__filename);
exports.dirname = path.basename(__dirname);
exports.moduleId = path.basename(module.id);
exports.loaded = module.loaded;
exports.mainIsUndefined = require.main === undefined;
