console.log('v1 runs');
import.meta.hot.dispose(() => new Promise((resolve) => setTimeout(() => { console.log('v1 disposed (after 30 ms)'); resolve(); }, 30)));
import.meta.hot.accept();
