console.log('v3 runs');
import.meta.hot.accept();
