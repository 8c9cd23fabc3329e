const runs = (import.meta.hot.data.runs ?? 0) + 1;
console.log('version 4, run', runs);
import.meta.hot.dispose((data) => { data.runs = runs; });
import.meta.hot.accept();
