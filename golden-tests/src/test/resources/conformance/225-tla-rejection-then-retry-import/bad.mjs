await null;
throw new Error('async bad');
