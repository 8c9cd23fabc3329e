export interface Visit { name: string; hits: number }
throw new Error('types.ts is imported with "import type" only: it never runs');
