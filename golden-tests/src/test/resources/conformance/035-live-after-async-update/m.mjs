export let state = 'before';
Promise.resolve().then(() => { state = 'after'; });
