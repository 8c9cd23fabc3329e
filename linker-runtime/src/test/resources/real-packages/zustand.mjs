import { createStore } from "zustand/vanilla";
const store = createStore((set, get) => ({ count: 0, inc: () => set((s) => ({ count: s.count + 1 })), double: () => get().count * 2 }));
const seen = [];
const unsubscribe = store.subscribe((state, prev) => seen.push(prev.count + "->" + state.count));
store.getState().inc(); store.getState().inc();
unsubscribe();
store.getState().inc();
console.log(store.getState().count, store.getState().double(), seen.join(" "));
