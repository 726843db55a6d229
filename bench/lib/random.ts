// A small seeded generator (mulberry32), so the same seed builds the same data set byte for byte.
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const weighted = <T>(xs: readonly (readonly [T, number])[]): T => {
    const total = xs.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [x, w] of xs) {
      r -= w;
      if (r < 0) return x;
    }
    return xs[xs.length - 1]![0];
  };
  const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
  const id = () => {
    let s = "";
    for (let i = 0; i < 20; i++) s += ALPHABET[Math.floor(next() * 32)];
    return s;
  };
  return { next, int, pick, weighted, id, chance: (p: number) => next() < p };
}
export type Rng = ReturnType<typeof rng>;
