// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.ipsec.PortRange;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Traffic selector items: strongSwan's {@code net[proto/port]} (swanctl {@code local_ts},
 * ipsec.conf {@code leftsubnet}) and the {@code proto/port} of {@code leftprotoport}.
 */
final class Selectors {
  static final ValueType<TrafficSelector> STRONGSWAN = new ValueType<>(
      "'dynamic', an address, subnet or range, optionally followed by [protocol/port]", Selectors::strongswan);

  static final ValueType<TrafficSelector> LIBRESWAN_SUBNET = new ValueType<>(
      "an address or subnet, optionally followed by /protocol/port", Selectors::libreswan);

  static final ValueType<TrafficSelector> PROTOPORT = new ValueType<>(
      "protocol[/port], e.g. tcp/80 or 17/%any", text -> protoPort(TrafficSelector.dynamic(), text));

  /** The names getprotobyname(3) knows on common systems. */
  private static final Map<String, Integer> PROTOCOLS = Map.of(
      "icmp", 1, "tcp", 6, "udp", 17, "gre", 47, "esp", 50, "ah", 51, "ipv6-icmp", 58, "icmpv6", 58, "sctp", 132,
      "%any", 0);

  /** The services getservbyname(3) knows that IPsec selectors commonly name. */
  private static final Map<String, Integer> SERVICES = Map.ofEntries(
      Map.entry("ftp", 21), Map.entry("ssh", 22), Map.entry("telnet", 23), Map.entry("smtp", 25),
      Map.entry("domain", 53), Map.entry("bootps", 67), Map.entry("bootpc", 68), Map.entry("http", 80),
      Map.entry("ntp", 123), Map.entry("https", 443), Map.entry("isakmp", 500), Map.entry("l2tp", 1701),
      Map.entry("ipsec-nat-t", 4500));

  private Selectors() {}

  private static Optional<TrafficSelector> strongswan(String text) {
    int open = text.indexOf('[');
    String base = open < 0 ? text : text.substring(0, open);
    Optional<TrafficSelector> selector = base.equals("dynamic") || base.equals("%dynamic")
        ? Optional.of(TrafficSelector.dynamic())
        : Addresses.block(base).map(TrafficSelector::of);
    if (open < 0 || selector.isEmpty()) {
      return selector;
    }
    if (!text.endsWith("]")) {
      return Optional.empty();
    }
    return protoPort(selector.get(), text.substring(open + 1, text.length() - 1));
  }

  /**
   * pluto's selector: an address or subnet ({@code 0/0} and short dotted forms as inet_aton reads
   * them), 5.x optionally followed by {@code /protocol/port}; {@code %no}, {@code vhost:} and
   * {@code vnet:} (addresses the peer brings within {@code virtual-private}) are the end's own or
   * peer-chosen address, which the model calls {@code dynamic}.
   */
  private static Optional<TrafficSelector> libreswan(String text) {
    if (text.equals("%no") || text.startsWith("vhost:") || text.startsWith("vnet:")) {
      return Optional.of(TrafficSelector.dynamic());
    }
    String[] parts = text.split("/", -1);
    String subnet = parts.length >= 2 ? parts[0] + "/" + parts[1] : text;
    Optional<TrafficSelector> base = Addresses.block(padded(subnet)).map(TrafficSelector::of);
    if (parts.length <= 2 || base.isEmpty()) {
      return base;
    }
    return protoPort(base.get(), String.join("/", java.util.Arrays.copyOfRange(parts, 2, parts.length)));
  }

  /** {@code 0/0} and {@code 10.0/16}: inet_aton fills a short dotted IPv4 address with zeros. */
  private static String padded(String subnet) {
    int slash = subnet.indexOf('/');
    String address = slash < 0 ? subnet : subnet.substring(0, slash);
    if (address.indexOf(':') >= 0 || !address.matches("[0-9]+(\\.[0-9]+){0,2}")) {
      return subnet;
    }
    StringBuilder out = new StringBuilder(address);
    for (long dots = address.chars().filter(c -> c == '.').count(); dots < 3; dots++) {
      out.append(".0");
    }
    return out + subnet.substring(address.length());
  }

  /** Applies {@code proto}, {@code proto/port} or {@code proto/from-to} to a selector. */
  static Optional<TrafficSelector> protoPort(TrafficSelector selector, String text) {
    int slash = text.indexOf('/');
    Optional<Integer> protocol = protocol(slash < 0 ? text : text.substring(0, slash));
    Optional<PortRange> ports = slash < 0 ? Optional.of(PortRange.ANY) : ports(text.substring(slash + 1));
    if (protocol.isEmpty() || ports.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(selector.restrictedTo(protocol.get(), ports.get()));
  }

  private static Optional<Integer> protocol(String text) {
    if (text.isEmpty()) {
      return Optional.of(0);
    }
    Integer named = PROTOCOLS.get(text.toLowerCase(Locale.ROOT));
    return named != null ? Optional.of(named) : Scalars.number(text).filter(n -> n <= 255).map(Long::intValue);
  }

  private static Optional<PortRange> ports(String text) {
    if (text.equals("%any") || text.isEmpty()) {
      return Optional.of(PortRange.ANY);
    }
    if (SERVICES.containsKey(text)) {
      return Optional.of(new PortRange(SERVICES.get(text), SERVICES.get(text)));
    }
    int dash = text.indexOf('-');
    Optional<Integer> from = Scalars.PORT.parse(dash < 0 ? text : text.substring(0, dash));
    Optional<Integer> to = dash < 0 ? from : Scalars.PORT.parse(text.substring(dash + 1));
    if (from.isEmpty() || to.isEmpty() || from.get() > to.get()) {
      return Optional.empty();
    }
    // A single port 0 means "any port" in both daemons.
    return Optional.of(from.get() == 0 && to.get() == 0 ? PortRange.ANY : new PortRange(from.get(), to.get()));
  }
}
