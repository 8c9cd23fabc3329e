import.meta.hot.prune(() => console.log('gone-too pruned'));
