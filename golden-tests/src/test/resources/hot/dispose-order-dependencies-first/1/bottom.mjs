console.log('bottom v2 runs');
import.meta.hot.dispose(() => console.log('bottom disposed'));
