// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.PortRange;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Traffic selectors as each daemon's log lines print them. */
public final class SelectorText {
  /** The protocol names getprotobynumber(3) gives on common systems. */
  private static final Map<Integer, String> PROTOCOLS = Map.of(
      1, "icmp", 6, "tcp", 17, "udp", 47, "gre", 50, "esp", 51, "ah", 58, "ipv6-icmp", 132, "sctp");

  /** The services getservbyport(3) names for ports IPsec selectors commonly restrict to. */
  private static final Map<Integer, String> SERVICES = Map.ofEntries(
      Map.entry(21, "ftp"), Map.entry(22, "ssh"), Map.entry(23, "telnet"), Map.entry(25, "smtp"),
      Map.entry(53, "domain"), Map.entry(67, "bootps"), Map.entry(68, "bootpc"), Map.entry(80, "http"),
      Map.entry(123, "ntp"), Map.entry(443, "https"), Map.entry(500, "isakmp"), Map.entry(1701, "l2tp"),
      Map.entry(4500, "ipsec-nat-t"));

  private SelectorText() {}

  /** strongSwan's {@code %#R}: the selectors separated by blanks, e.g. {@code 10.2.0.0/24[tcp/https]}. */
  public static String strongswan(List<Selector> selectors) {
    return selectors.stream().map(SelectorText::strongswan).collect(Collectors.joining(" "));
  }

  public static String strongswan(Selector selector) {
    String base = selector.addresses().text();
    if (selector.protocol() == 0 && selector.ports().isAny()) {
      return base;
    }
    String protocol = selector.protocol() == 0 ? "0"
        : PROTOCOLS.getOrDefault(selector.protocol(), Integer.toString(selector.protocol()));
    PortRange ports = selector.ports();
    if (ports.isAny()) {
      return base + "[" + protocol + "]";
    }
    String port = ports.from() == ports.to()
        ? SERVICES.getOrDefault(ports.from(), Integer.toString(ports.from()))
        : ports.from() + "-" + ports.to();
    return base + "[" + protocol + "/" + port + "]";
  }

  /** Libreswan 4.x's range form: {@code [10.2.0.0-10.2.0.255:443-443 6]}. */
  public static String libreswan4(Selector selector) {
    return "[" + selector.addresses().rangeText() + ":" + selector.ports().from() + "-" + selector.ports().to()
        + " " + selector.protocol() + "]";
  }

  /** Libreswan 5.x's selector: {@code 10.2.0.0/24}, with {@code /TCP} or {@code /TCP/443} when restricted. */
  public static String libreswan5(Selector selector) {
    String base = selector.addresses().text();
    if (selector.protocol() == 0 && selector.ports().isAny()) {
      return base;
    }
    String protocol = PROTOCOLS.getOrDefault(selector.protocol(), Integer.toString(selector.protocol()))
        .toUpperCase(Locale.ROOT);
    return selector.ports().isAny() ? base + "/" + protocol : base + "/" + protocol + "/" + selector.ports().from();
  }
}
