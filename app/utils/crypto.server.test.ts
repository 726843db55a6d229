import { describe, expect, it } from "vitest";
import { createId, createSortableId } from "./crypto.server";

describe("ids", () => {
  it("sortable ids sort by creation time, even within one millisecond, and do not repeat", () => {
    const ids = [
      createSortableId(1_700_000_000_000),
      ...Array.from({ length: 3000 }, () => createSortableId()),
    ];
    expect(ids.every((x, i) => i === 0 || ids[i - 1]! < x)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((x) => /^[0-9a-v]{20}$/.test(x))).toBe(true);
  });
  it("plain ids are 20 base32 characters", () => {
    expect(createId()).toMatch(/^[a-z2-7]{20}$/);
  });
});
