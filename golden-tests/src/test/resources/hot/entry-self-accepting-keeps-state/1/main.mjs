const state = import.meta.hot.data.state ?? { starts: 0 };
state.starts++;
console.log('main v2, start number', state.starts);
import.meta.hot.dispose((data) => { data.state = state; console.log('main v2 disposed'); });
import.meta.hot.accept();
