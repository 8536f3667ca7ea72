import { describe, expect, it } from "vitest";
import { finder } from "../testing/found.js";

const find = finder({ detect: ["ip_address"] });

describe("ip_address", () => {
  it("finds IPv4 addresses, also with a port or at the end of a sentence", () => {
    expect(find("server 192.168.1.10, gateway 10.0.0.1:8080 and 255.255.255.255.")).toEqual([
      "ip_address:192.168.1.10",
      "ip_address:10.0.0.1",
      "ip_address:255.255.255.255",
    ]);
  });

  it("rejects out-of-range octets, leading zeros, longer dotted runs and versions", () => {
    expect(find("256.1.1.1 and 1.2.3.04 and 1.2.3.4.5 and 01.2.3.4")).toEqual([]);
    expect(find("upgrade to v1.2.3.4 or version 1.2.3.4 (Version: 10.0.0.1)")).toEqual([]);
  });

  it("reports a bare four-part version number as an address: the text cannot tell them apart", () => {
    expect(find("release 1.2.3.4 is out")).toEqual(["ip_address:1.2.3.4"]);
  });

  it("finds IPv6 addresses in full, compressed and IPv4-suffixed forms", () => {
    expect(find("2001:0db8:85a3:0000:0000:8a2e:0370:7334 and 2001:db8::8a2e:370:7334.")).toEqual([
      "ip_address:2001:0db8:85a3:0000:0000:8a2e:0370:7334",
      "ip_address:2001:db8::8a2e:370:7334",
    ]);
    expect(find("loopback ::1, link fe80::1: done, mapped ::ffff:192.0.2.128 and 2001:db8::")).toEqual([
      "ip_address:::1",
      "ip_address:fe80::1",
      "ip_address:::ffff:192.0.2.128",
      "ip_address:2001:db8::",
    ]);
  });

  it("rejects times, MAC addresses, C++ scopes and malformed groups", () => {
    expect(find("at 12:30:45, mac 00:1A:2B:3C:4D:5E, std::vector, Foo::bar, a :: b")).toEqual([]);
    expect(find("1::2::3 and 12345::1 and 1:2:3:4:5:6:7:8:9 and fe80::1g")).toEqual([]);
  });
});
