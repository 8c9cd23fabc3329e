globalThis.throwsRan = (globalThis.throwsRan || 0) + 1;
throw new Error('module failed');
