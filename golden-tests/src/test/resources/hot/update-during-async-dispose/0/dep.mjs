console.log('v1 runs');
import.meta.hot.dispose(() => { console.log('v1 dispose started'); return new Promise((resolve) => setTimeout(() => { console.log('v1 dispose done'); resolve(); }, 2000)); });
import.meta.hot.accept();
