try { await Promise.reject(new Error('x')); } catch { console.log('caught inside'); }
console.log('m done');
