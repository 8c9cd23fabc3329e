export { default as config } from './c.json' with { type: 'json' };
