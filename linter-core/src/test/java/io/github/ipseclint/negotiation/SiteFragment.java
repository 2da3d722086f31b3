// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The site-to-site tunnel of the negotiation cases (negotiation.md §16) as one end writes it: left
 * at 192.0.2.1 with ID {@code @left} and subnet 10.1.0.0/24, right at 192.0.2.2 with {@code @right}
 * and 10.2.0.0/24, authenticated with the pre-shared key "s3cret" for the two IDs. A test changes
 * what it is about and adds settings, then takes the text as swanctl.conf (with its
 * {@code secrets}) or as ipsec.conf for stroke or Libreswan (the own end written as {@code left},
 * its ipsec.secrets after a line {@code # ipsec.secrets}, as {@link TestHosts} reads it).
 *
 * <p>Nothing is implied beyond that: an end that initiates says so ({@code auto=start},
 * {@code start_action = start}), a stroke end that wants IKEv2 only says {@code keyexchange=ikev2}.
 *
 * @param name the connection's name, {@code site} unless a test writes several
 * @param subnet empty for none, as is {@code peerSubnet}
 * @param auth the two ends' methods when not PSK: swanctl's {@code auth} values, or ipsec.conf's
 *     {@code leftauth}/{@code rightauth} values (else ipsec.conf says {@code authby=secret})
 * @param keys the pre-shared key entries; by default one for the two IDs
 */
public record SiteFragment(String name, String address, String peerAddress, String id, String peerId,
    String subnet, String peerSubnet, Optional<Methods> auth, List<String> connection, List<String> child,
    Optional<List<Psk>> keys) {

  private static final String KEY = "s3cret";

  /** The own end's and the peer's authentication method. */
  public record Methods(String own, String peer) {}

  /** A pre-shared key entry: the IDs it names (space-separated, none for any) and the key. */
  public record Psk(String ids, String secret) {}

  public static SiteFragment left() {
    return of(Side.LEFT);
  }

  public static SiteFragment right() {
    return of(Side.RIGHT);
  }

  public static SiteFragment of(Side side) {
    boolean left = side == Side.LEFT;
    return new SiteFragment("site", address(left), address(!left), id(left), id(!left), subnet(left), subnet(!left),
        Optional.empty(), List.of(), List.of(), Optional.empty());
  }

  /** The connection under another name, for a host with several. */
  public SiteFragment named(String connectionName) {
    return new SiteFragment(connectionName, address, peerAddress, id, peerId, subnet, peerSubnet, auth, connection,
        child, keys);
  }

  public SiteFragment addresses(String own, String peer) {
    return new SiteFragment(name, own, peer, id, peerId, subnet, peerSubnet, auth, connection, child, keys);
  }

  /** The two IDs; an empty one is not written (the daemon's default). */
  public SiteFragment ids(String own, String peer) {
    return new SiteFragment(name, address, peerAddress, own, peer, subnet, peerSubnet, auth, connection, child, keys);
  }

  /** The subnets (swanctl: traffic selectors); an empty one is not written. */
  public SiteFragment subnets(String own, String peer) {
    return new SiteFragment(name, address, peerAddress, id, peerId, own, peer, auth, connection, child, keys);
  }

  /** No subnets: the tunnel is between the two hosts. */
  public SiteFragment withoutSubnets() {
    return subnets("", "");
  }

  /** The ends' methods other than PSK, in the words of the format the text is taken in. */
  public SiteFragment auth(String own, String peer) {
    return new SiteFragment(name, address, peerAddress, id, peerId, subnet, peerSubnet,
        Optional.of(new Methods(own, peer)), connection, child, keys);
  }

  /** Settings added to the connection, one per argument or line. */
  public SiteFragment conn(String... settings) {
    return new SiteFragment(name, address, peerAddress, id, peerId, subnet, peerSubnet, auth,
        plus(connection, settings), child, keys);
  }

  /** Settings added to swanctl's child {@code net}, one per argument or line. */
  public SiteFragment child(String... settings) {
    return new SiteFragment(name, address, peerAddress, id, peerId, subnet, peerSubnet, auth, connection,
        plus(child, settings), keys);
  }

  /** A pre-shared key entry; the first one given replaces the default entry. */
  public SiteFragment psk(String ids, String secret) {
    List<Psk> entries = new ArrayList<>(keys.orElse(List.of()));
    entries.add(new Psk(ids, secret));
    return new SiteFragment(name, address, peerAddress, id, peerId, subnet, peerSubnet, auth, connection, child,
        Optional.of(List.copyOf(entries)));
  }

  /** No secrets at all: no swanctl {@code secrets} section, no ipsec.secrets. */
  public SiteFragment withoutSecrets() {
    return new SiteFragment(name, address, peerAddress, id, peerId, subnet, peerSubnet, auth, connection, child,
        Optional.of(List.of()));
  }

  /** As swanctl.conf: the connection with its child {@code net}, and the secrets. */
  public String swanctl() {
    return swanctl(this);
  }

  /** Several connections in one swanctl.conf, in this order, with all their secrets. */
  public static String swanctl(SiteFragment... connections) {
    StringBuilder text = new StringBuilder("connections {\n");
    Arrays.stream(connections).forEach(connection -> connection.swanctlConnection(text));
    text.append("}\n");
    List<Psk> entries = Arrays.stream(connections).flatMap(connection -> connection.entries().stream()).toList();
    if (!entries.isEmpty()) {
      text.append("secrets {\n");
      for (int n = 1; n <= entries.size(); n++) {
        text.append("  ike-").append(n).append(" {\n");
        List<String> ids = words(entries.get(n - 1).ids());
        for (int i = 1; i <= ids.size(); i++) {
          text.append("    id-").append(i).append(" = ").append(ids.get(i - 1)).append('\n');
        }
        text.append("    secret = \"").append(entries.get(n - 1).secret()).append("\"\n  }\n");
      }
      text.append("}\n");
    }
    return text.toString();
  }

  private void swanctlConnection(StringBuilder text) {
    text.append("  ").append(name).append(" {\n");
    text.append("    local_addrs  = ").append(address).append('\n');
    text.append("    remote_addrs = ").append(peerAddress).append('\n');
    indented(text, "    ", connection);
    swanctlEnd(text, "local", auth.map(Methods::own).orElse("psk"), id);
    swanctlEnd(text, "remote", auth.map(Methods::peer).orElse("psk"), peerId);
    text.append("    children {\n      net {\n");
    optional(text, "        local_ts  = ", subnet);
    optional(text, "        remote_ts = ", peerSubnet);
    indented(text, "        ", child);
    text.append("      }\n    }\n  }\n");
  }

  /** As ipsec.conf: the conn, then its secrets after {@code # ipsec.secrets}. */
  public String ipsecConf() {
    StringBuilder text = new StringBuilder("conn ").append(name).append('\n');
    text.append("    left=").append(address).append('\n');
    optional(text, "    leftid=", id);
    optional(text, "    leftsubnet=", subnet);
    text.append("    right=").append(peerAddress).append('\n');
    optional(text, "    rightid=", peerId);
    optional(text, "    rightsubnet=", peerSubnet);
    if (auth.isPresent()) {
      text.append("    leftauth=").append(auth.get().own()).append('\n');
      text.append("    rightauth=").append(auth.get().peer()).append('\n');
    } else {
      text.append("    authby=secret\n");
    }
    indented(text, "    ", connection);
    List<Psk> entries = entries();
    if (!entries.isEmpty()) {
      text.append("# ipsec.secrets\n");
      entries.forEach(entry -> text.append(entry.ids().isBlank() ? "" : entry.ids() + " ")
          .append(": PSK \"").append(entry.secret()).append("\"\n"));
    }
    return text.toString();
  }

  private List<Psk> entries() {
    return keys.orElseGet(() -> List.of(new Psk((id + " " + peerId).strip(), KEY)));
  }

  private static void swanctlEnd(StringBuilder text, String name, String method, String id) {
    text.append("    ").append(name).append(" {\n      auth = ").append(method).append('\n');
    optional(text, "      id = ", id);
    text.append("    }\n");
  }

  private static void optional(StringBuilder text, String setting, String value) {
    if (!value.isEmpty()) {
      text.append(setting).append(value).append('\n');
    }
  }

  private static void indented(StringBuilder text, String indent, List<String> settings) {
    settings.forEach(setting -> text.append(indent).append(setting).append('\n'));
  }

  /** The settings given, each argument split into its lines, blank ones dropped. */
  private static List<String> plus(List<String> settings, String... more) {
    List<String> all = new ArrayList<>(settings);
    Arrays.stream(more).flatMap(String::lines).map(String::strip).filter(line -> !line.isEmpty()).forEach(all::add);
    return List.copyOf(all);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split(" ")).filter(word -> !word.isEmpty()).toList();
  }

  private static String address(boolean left) {
    return left ? "192.0.2.1" : "192.0.2.2";
  }

  private static String id(boolean left) {
    return left ? "@left" : "@right";
  }

  private static String subnet(boolean left) {
    return left ? "10.1.0.0/24" : "10.2.0.0/24";
  }
}
