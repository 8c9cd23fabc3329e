// an import() rejection handled with .catch
await import('./bad.mjs').catch((e) => console.log('handled ' + e.constructor.name));
