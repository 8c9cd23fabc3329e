console.log('v2 runs');
import.meta.hot.accept();
