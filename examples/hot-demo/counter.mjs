// State that survives its own updates: dispose() hands the value to the next version
// through import.meta.hot.data.
const start = import.meta.hot?.data.value ?? 0;

export const counter = {
  value: start,
  tick() {
    this.value += 1;
  },
};

import.meta.hot?.dispose((data) => {
  data.value = counter.value;
});
import.meta.hot?.accept();
