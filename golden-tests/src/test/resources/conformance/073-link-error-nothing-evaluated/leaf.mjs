globalThis.log.push('leaf');
