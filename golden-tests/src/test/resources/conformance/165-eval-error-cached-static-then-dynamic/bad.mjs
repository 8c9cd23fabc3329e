throw new TypeError('bad module');
