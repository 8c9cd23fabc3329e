throw new Error('bad');
