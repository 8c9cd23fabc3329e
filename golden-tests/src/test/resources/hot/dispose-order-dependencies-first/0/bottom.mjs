console.log('bottom runs');
import.meta.hot.dispose(() => console.log('bottom disposed'));
