import { describe, expect, it } from "vitest";
import { embeddedIPv4, ipv6Bytes, isInternalAddress } from "./safe-fetch.server";

// The address check alone: nothing here opens a connection.
describe("IPv6 forms that carry an IPv4 address are judged by that address", () => {
  it.each([
    ["IPv4-compatible, hex", "::7f00:1", "127.0.0.1"],
    ["IPv4-compatible, dotted", "::127.0.0.1", "127.0.0.1"],
    ["IPv4-compatible, written out", "0:0:0:0:0:0:7f00:1", "127.0.0.1"],
    ["IPv4-compatible, private", "::a00:1", "10.0.0.1"],
    ["IPv4-mapped, hex", "::ffff:7f00:1", "127.0.0.1"],
    ["IPv4-mapped, dotted", "::ffff:169.254.169.254", "169.254.169.254"],
    ["IPv4-mapped, long zeros", "0000:0000:0000:0000:0000:FFFF:C0A8:0101", "192.168.1.1"],
    ["IPv4-translated", "::ffff:0:7f00:1", "127.0.0.1"],
    ["IPv4-translated, dotted", "::ffff:0:10.1.2.3", "10.1.2.3"],
    ["NAT64 well-known prefix", "64:ff9b::7f00:1", "127.0.0.1"],
    ["NAT64 well-known prefix, dotted", "64:ff9b::192.168.0.10", "192.168.0.10"],
    ["6to4", "2002:7f00:1::1", "127.0.0.1"],
    ["6to4 of a private network", "2002:c0a8:101:5::9", "192.168.1.1"],
  ])("%s: %s is internal (%s)", (_name, address, inner) => {
    expect(embeddedIPv4(address)).toContain(inner);
    expect(isInternalAddress(address)).toBe(true);
  });

  it("Teredo: the client address is stored inverted, and is judged", () => {
    // Server 65.54.227.120 (public), client 127.0.0.1 inverted = 80ff:fffe.
    expect(embeddedIPv4("2001:0:4136:e378:8000:63bf:80ff:fffe")).toEqual(["65.54.227.120", "127.0.0.1"]);
    expect(isInternalAddress("2001:0:4136:e378:8000:63bf:80ff:fffe")).toBe(true);
    // Client 10.0.0.1 → f5ff:fffe.
    expect(isInternalAddress("2001::4136:e378:0:0:f5ff:fffe")).toBe(true);
    // A Teredo server on a private address is refused too.
    expect(isInternalAddress("2001:0:a00:1:0:0:3e2b:4d4c")).toBe(true);
  });

  it.each([
    ["IPv4-mapped public", "::ffff:8.8.8.8"],
    ["IPv4-translated public", "::ffff:0:808:808"],
    ["NAT64 of a public address", "64:ff9b::808:808"],
    ["6to4 of a public address", "2002:808:808::1"],
    ["Teredo between public addresses", "2001:0:4136:e378:8000:63bf:f7f7:f7f7"],
    ["ordinary public IPv6", "2606:4700::1111"],
  ])("%s (%s) is public", (_name, address) => {
    expect(isInternalAddress(address)).toBe(false);
  });

  it.each([
    "::",
    "::1",
    "::0.0.0.1",
    "64:ff9b:1::808:808",
    "fe80::1",
    "fe80::1%eth0",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "2001:db8::1",
    "100::1",
    "fec0::1",
    "not-an-address",
    "1.2.3",
  ])("%s is internal", (address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  it("reads every spelling into the same bytes", () => {
    const expected = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1];
    for (const a of ["::ffff:127.0.0.1", "::ffff:7f00:1", "0:0:0:0:0:ffff:7f00:1", "[::FFFF:7F00:0001]"])
      expect(ipv6Bytes(a)).toEqual(expected);
    expect(ipv6Bytes("1::2::3")).toBeNull();
    expect(ipv6Bytes("127.0.0.1")).toBeNull();
  });
});
