var moduleVar = 1;
globalThis.shared = 'local';
