console.log('v2 runs');
import.meta.hot.dispose(() => console.log('v2 disposed'));
import.meta.hot.accept();
