import.meta.hot.dispose(() => console.log('gone disposed'));
import.meta.hot.prune(() => console.log('gone pruned'));
