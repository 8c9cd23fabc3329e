import { x } from './data.json' with { type: 'json' };
