// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.model.conf.SectionKind;
import java.util.Map;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The value syntaxes starter checks while converting a section (formats.md §2.4, §9.1), one
 * constant per code path of strongSwan 5.9.8's {@code args.c} ({@code assign_arg}) and
 * {@code confread.c} ({@code handle_keyword}, {@code kw_end}), all case-sensitive.
 *
 * <p>The keyword-to-syntax table is written here, in the order of {@code args.c}'s
 * {@code token_info}, rather than derived from the keyword table's {@code type} text: that text
 * is a description for people and does not say which code path checks a value, yet the path
 * decides the message ({@code # bad value} from {@code assign_arg} versus {@code # bad option
 * value} from {@code handle_keyword} for the same yes/no words) and whether starter adds the line
 * {@code   bad argument value in conn '<c>'}. Keywords not listed are strings starter does not
 * check.
 */
enum StarterValue {
  /** {@code ARG_STR} without a list: passed on unchecked. */
  STRING(true, "", (key, value) -> Optional.empty()),
  BOOLEAN(true, "write yes or no", oneOf("no", "yes")),
  SENDCERT(true, "use one of always, ifasked, never, yes, no", oneOf("always", "ifasked", "never", "yes", "no")),
  UNIQUEIDS(true, "use one of no, yes, replace, keep, never", oneOf("no", "yes", "replace", "keep", "never")),
  STRICT_CRL_POLICY(true, "use one of no, yes, ifuri", oneOf("no", "yes", "ifuri")),
  /** {@code dpdaction} and {@code closeaction}. */
  DPD_ACTION(true, "use one of none, clear, hold, restart", oneOf("none", "clear", "hold", "restart")),
  /** {@code auto} in conn and ca sections. */
  STARTUP(true, "use one of ignore, add, route, start", oneOf("ignore", "add", "route", "start")),
  KEYEXCHANGE(true, "use one of ike, ikev1, ikev2", oneOf("ike", "ikev1", "ikev2")),
  AUTHBY(true, "use one of psk, secret, pubkey, rsa, rsasig, ecdsa, ecdsasig, xauthpsk, xauthrsasig, never",
      oneOf("psk", "secret", "pubkey", "rsa", "rsasig", "ecdsa", "ecdsasig", "xauthpsk", "xauthrsasig", "never")),
  FRAGMENTATION(true, "use one of no, accept, yes, force", oneOf("no", "accept", "yes", "force")),
  /** {@code ARG_UINT} and {@code ARG_ULLI}: {@code strtoul} must consume the whole value. */
  UNSIGNED(true, "write a decimal number", (key, value) -> CNumber.isWhole(value, 10)
      ? Optional.empty() : Optional.of("# bad integer value: " + key + "=" + value)),
  /** {@code ARG_TIME}: a number and an optional unit s, m, h or d. */
  DURATION(true, "write a whole number with an optional unit s, m, h or d (e.g. 90m)", StarterValue::duration),
  /** {@code ARG_PCNT}: a number immediately followed by {@code %}. */
  PERCENT(true, "write a whole number followed by % (e.g. 100%)", StarterValue::percent),
  /** {@code ARG_UBIN}: {@code strtoul} base 2. */
  BINARY(true, "write binary digits (e.g. 101110)", (key, value) -> CNumber.isWhole(value, 2)
      ? Optional.empty() : Optional.of("# bad binary value: " + key + "=" + value)),
  /** {@code type}, checked by {@code handle_keyword}. */
  POLICY(false, "use one of tunnel, transport, transport_proxy, beet, passthrough, pass, drop, reject",
      policy("tunnel", "transport", "transport_proxy", "beet", "passthrough", "pass", "drop", "reject")),
  /** {@code compress}, {@code mobike}, {@code forceencaps}, {@code rekey}, {@code reauth}. */
  OPTION_YES_NO(false, "write yes or no", option("yes", "no")),
  MODECONFIG(false, "use push or pull", option("push", "pull")),
  XAUTH(false, "use server or client", option("server", "client")),
  KEYINGTRIES(false, "write a decimal number or %forever", special("%forever")),
  TFC(false, "write a number of bytes or %mtu", special("%mtu")),
  /** {@code mark}, {@code mark_in}, {@code mark_out}: libstrongswan's {@code mark_from_string}. */
  MARK(false, "write value[/mask] (decimal, 0x hex or 0-prefixed octal), %unique or %unique-dir",
      StarterValue::mark),
  /** {@code leftprotoport}/{@code rightprotoport}, checked by {@code kw_end}. */
  PROTOPORT(true, "write protocol[/port]: a protocol name, a number 0-255 or %any, then a port number,"
      + " a range a-b, a service name, %any or %opaque", StarterValue::protoport);

  /** Protocol names and aliases of netbase's /etc/protocols, for {@code getprotobyname}. */
  private static final Set<String> PROTOCOLS = Set.of(
      "ip", "IP", "hopopt", "HOPOPT", "icmp", "ICMP", "igmp", "IGMP", "ggp", "GGP", "ipencap", "IP-ENCAP",
      "st", "ST", "tcp", "TCP", "egp", "EGP", "igp", "IGP", "pup", "PUP", "udp", "UDP", "hmp", "HMP",
      "xns-idp", "XNS-IDP", "rdp", "RDP", "iso-tp4", "ISO-TP4", "dccp", "DCCP", "xtp", "XTP", "ddp", "DDP",
      "idpr-cmtp", "IDPR-CMTP", "ipv6", "IPv6", "ipv6-route", "IPv6-Route", "ipv6-frag", "IPv6-Frag",
      "idrp", "IDRP", "rsvp", "RSVP", "gre", "GRE", "esp", "IPSEC-ESP", "ah", "IPSEC-AH", "skip", "SKIP",
      "ipv6-icmp", "IPv6-ICMP", "ipv6-nonxt", "IPv6-NoNxt", "ipv6-opts", "IPv6-Opts", "rspf", "RSPF", "CPHB",
      "vmtp", "VMTP", "eigrp", "EIGRP", "ospf", "OSPFIGP", "ax.25", "AX.25", "ipip", "IPIP", "etherip",
      "ETHERIP", "encap", "ENCAP", "pim", "PIM", "ipcomp", "IPCOMP", "vrrp", "VRRP", "l2tp", "L2TP", "isis",
      "ISIS", "sctp", "SCTP", "fc", "FC", "mobility-header", "Mobility-Header", "udplite", "UDPLite",
      "mpls-in-ip", "MPLS-in-IP", "manet", "hip", "HIP", "shim6", "Shim6", "wesp", "WESP", "rohc", "ROHC",
      "ethernet", "Ethernet", "mptcp", "MPTCP");

  private final boolean viaAssignArg;
  private final String hint;
  private final Syntax syntax;

  StarterValue(boolean viaAssignArg, String hint, Syntax syntax) {
    this.viaAssignArg = viaAssignArg;
    this.hint = hint;
    this.syntax = syntax;
  }

  /** What starter logs about {@code key=value} when it refuses the value, one line per entry. */
  interface Syntax {
    Optional<String> problem(String key, String value);
  }

  /** starter's complaint about the value, e.g. {@code # bad duration value: ikelifetime=1.5h}. */
  Optional<String> problem(String key, String value) {
    return syntax.problem(key, value);
  }

  /**
   * True when the check is {@code assign_arg}'s (or {@code kw_end}'s), after which starter adds
   * {@code   bad argument value in <section>}; {@code handle_keyword} and the mark parser add none.
   */
  boolean addsArgumentLine() {
    return viaAssignArg;
  }

  /** How to write an accepted value, for the finding. */
  String hint() {
    return hint;
  }

  private static final List<String> SIDES = List.of("left", "right");

  /** The syntax starter checks for {@code key} in a section of that kind (per-end keywords with their prefix). */
  static StarterValue of(SectionKind kind, String key) {
    if (kind == SectionKind.CONFIG_SETUP) {
      return setup(key);
    }
    if (kind == SectionKind.CA) {
      return key.equals("auto") ? STARTUP : STRING;
    }
    for (String side : SIDES) {
      if (key.startsWith(side)) {
        StarterValue end = end(key.substring(side.length()));
        if (end != STRING) {
          return end;
        }
      }
    }
    return conn(key);
  }

  private static StarterValue setup(String key) {
    return Tables.SETUP.getOrDefault(key, STRING);
  }

  private static StarterValue end(String key) {
    return Tables.END.getOrDefault(key, STRING);
  }

  private static StarterValue conn(String key) {
    return Tables.CONN.getOrDefault(key, STRING);
  }

  /**
   * Which check starter applies to which keyword (args.c, confread.c). A holder class, because an
   * enum's own static fields cannot be read while its constants are being built.
   */
  private static final class Tables {
    static final Map<String, StarterValue> SETUP = Map.of(
        "uniqueids", UNIQUEIDS, "cachecrls", BOOLEAN, "strictcrlpolicy", STRICT_CRL_POLICY);
    /** Per-end keywords, without their left/right prefix. */
    static final Map<String, StarterValue> END = Map.of(
        "ikeport", UNSIGNED, "protoport", PROTOPORT, "firewall", BOOLEAN, "hostaccess", BOOLEAN,
        "allowany", BOOLEAN, "sendcert", SENDCERT);
    static final Map<String, StarterValue> CONN = conn();

    private static Map<String, StarterValue> conn() {
      Map<String, StarterValue> table = new HashMap<>();
      table.put("auto", STARTUP);
      table.put("keyexchange", KEYEXCHANGE);
      table.put("type", POLICY);
      table.put("authby", AUTHBY);
      table.put("fragmentation", FRAGMENTATION);
      table.put("ikedscp", BINARY);
      table.put("rekeyfuzz", PERCENT);
      table.put("modeconfig", MODECONFIG);
      table.put("xauth", XAUTH);
      table.put("keyingtries", KEYINGTRIES);
      table.put("tfc", TFC);
      put(table, OPTION_YES_NO, "compress", "mobike", "forceencaps", "rekey", "reauth");
      put(table, BOOLEAN, "installpolicy", "aggressive", "sha256_96", "mediation");
      put(table, DURATION, "ikelifetime", "lifetime", "keylife", "rekeymargin", "margintime", "dpddelay",
          "dpdtimeout", "inactivity");
      put(table, UNSIGNED, "lifebytes", "marginbytes", "lifepackets", "marginpackets", "reqid", "replay_window");
      put(table, DPD_ACTION, "dpdaction", "closeaction");
      put(table, MARK, "mark", "mark_in", "mark_out");
      return Map.copyOf(table);
    }

    private static void put(Map<String, StarterValue> table, StarterValue value, String... keys) {
      for (String key : keys) {
        table.put(key, value);
      }
    }
  }

  /** An {@code assign_arg} keyword list: exactly one of the words. */
  private static Syntax oneOf(String... words) {
    Set<String> accepted = Set.of(words);
    return (key, value) -> accepted.contains(value) ? Optional.empty() : Optional.of("# bad value: " + key + "=" + value);
  }

  /** {@code type}: one of the policy words, checked by {@code handle_keyword}. */
  private static Syntax policy(String... words) {
    Set<String> accepted = Set.of(words);
    return (key, value) -> accepted.contains(value) ? Optional.empty() : Optional.of("# bad policy value: " + key + "=" + value);
  }

  /** {@code KW_SA_OPTION_FLAG}: one of two words. */
  private static Syntax option(String set, String unset) {
    return (key, value) -> value.equals(set) || value.equals(unset)
        ? Optional.empty() : Optional.of("# bad option value: " + key + "=" + value);
  }

  /** {@code keyingtries}, {@code tfc}: one special word or an unsigned number. */
  private static Syntax special(String word) {
    return (key, value) -> value.equals(word) || CNumber.isWhole(value, 10)
        ? Optional.empty() : Optional.of("# bad integer value: " + key + "=" + value);
  }

  private static Optional<String> duration(String key, String value) {
    int end = CNumber.parse(value, 0, 10).end();
    String unit = value.substring(end);
    if (unit.isEmpty() || unit.equals("s") || unit.equals("m") || unit.equals("h") || unit.equals("d")) {
      return Optional.empty();
    }
    return Optional.of("# bad duration value: " + key + "=" + value);
  }

  private static Optional<String> percent(String key, String value) {
    int end = CNumber.parse(value, 0, 10).end();
    if (end > 0 && value.substring(end).equals("%")) {
      return Optional.empty();
    }
    return Optional.of("# bad percent value: " + key + "=" + value);
  }

  private static Optional<String> mark(String key, String value) {
    int position;
    if (value.regionMatches(true, 0, "%unique", 0, 7)) {
      position = 7;
      if (value.regionMatches(true, position, "-dir", 0, 4)) {
        position += 4;
      } else if (position < value.length() && value.charAt(position) != '/') {
        return Optional.of("invalid mark value: " + value);
      }
    } else if (value.regionMatches(true, 0, "%same", 0, 5)) {
      return Optional.of("unexpected use of %same mark");
    } else {
      position = CNumber.parse(value, 0, 0).end();
    }
    if (position == value.length()) {
      return Optional.empty();
    }
    if (value.charAt(position) != '/') {
      return Optional.of("invalid mark value: " + value);
    }
    int maskEnd = CNumber.parse(value, position + 1, 0).end();
    return maskEnd == value.length() ? Optional.empty() : Optional.of("invalid mark mask: " + value.substring(maskEnd));
  }

  private static Optional<String> protoport(String key, String value) {
    int slash = value.indexOf('/');
    String protocol = slash < 0 ? value : value.substring(0, slash);
    String port = slash < 0 ? "" : value.substring(slash + 1);
    if (!protocol.equals("%any") && !PROTOCOLS.contains(protocol)) {
      CNumber number = CNumber.parse(protocol, 0, 0);
      if ((!protocol.isEmpty() && number.end() < protocol.length()) || number.value() < 0 || number.value() > 0xff) {
        return Optional.of("# bad protocol: " + key + "=" + protocol);
      }
    }
    if (port.isEmpty() || port.equals("%any") || port.equals("%opaque") || looksLikeServiceName(port)) {
      return Optional.empty();
    }
    CNumber from = CNumber.parse(port, 0, 0);
    if (from.value() < 0 || from.value() > 0xffff) {
      return Optional.of("# bad port: " + key + "=" + port);
    }
    String rest = port;
    CNumber last = from;
    if (from.end() < port.length() && port.charAt(from.end()) == '-') {
      rest = port.substring(from.end() + 1);
      last = CNumber.parse(rest, 0, 0);
      if (last.value() < 0 || last.value() > 0xffff) {
        return Optional.of("# bad port: " + key + "=" + rest);
      }
    }
    return last.end() == rest.length() ? Optional.empty() : Optional.of("# bad port: " + key + "=" + rest);
  }

  /**
   * starter asks {@code getservbyname} first, which reads /etc/services of the host it runs on;
   * ipseclint cannot know that file, so a port that starts with a letter is taken as a service
   * name and not checked.
   */
  private static boolean looksLikeServiceName(String port) {
    return Character.isLetter(port.charAt(0)) && port.charAt(0) < 0x80;
  }
}
