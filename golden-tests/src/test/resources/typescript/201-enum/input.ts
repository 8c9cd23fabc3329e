// An enum becomes an object built by a function, on the enum's own lines (TypeScript's emit, keeping lines).
export enum Color { Red, Green = "green", Blue = 4, Mix = Red | Blue, Next }
export const names = [Color[0], Color.Green, Color[Color.Mix], Color.Next];
