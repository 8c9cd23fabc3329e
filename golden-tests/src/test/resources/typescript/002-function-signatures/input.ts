// Parameter and return types, optional and rest parameters, type parameters.
export function pick<T extends object, K extends keyof T = keyof T>(value: T, key?: K, ...more: K[]): T[K] | undefined {
  return key === undefined ? undefined : value[key];
}
export const twice = function <T>(x: T): [T, T] { return [x, x]; };
export function* ids(start: number = 0): Generator<number, void, unknown> { yield start; }
export async function load(url: string, init: { retries?: number } = {}): Promise<string> {
  return url + (init.retries ?? 0);
}
export function defaults({ a = 1, b }: { a?: number; b: string }, [c]: readonly number[] = [2]): string {
  return b + a + c;
}
