globalThis.ran.push('later');
