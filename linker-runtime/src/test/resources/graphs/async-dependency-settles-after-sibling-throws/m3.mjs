import './m5.mjs'; console.log('m3 runs');
