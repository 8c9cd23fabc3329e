export const value = 1;
import.meta.hot.dispose(() => { if (!globalThis.threwOnce) { globalThis.threwOnce = true; throw new Error('cannot let go'); } console.log('disposed v1'); });
import.meta.hot.accept();
