const state = import.meta.hot.data.state ?? { list: [] };
globalThis.firstState ??= state;
state.list.push(2);
console.log('v2:', state.list.join(','), 'same object as v1:', state === globalThis.firstState);
import.meta.hot.dispose((data) => { data.state = state; });
import.meta.hot.accept();
