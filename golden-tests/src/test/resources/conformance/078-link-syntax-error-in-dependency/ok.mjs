globalThis.ran.push('ok');
