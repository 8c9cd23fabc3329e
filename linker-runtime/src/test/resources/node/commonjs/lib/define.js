Object.defineProperty(exports, '__esModule', { value: true });
Object.defineProperty(exports, 'd', { enumerable: true, get: function () { return 4; } });
