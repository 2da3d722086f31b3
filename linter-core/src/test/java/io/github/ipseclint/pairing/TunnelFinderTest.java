// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.Daemon;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.parse.ParseOptions;
import io.github.ipseclint.parse.scan.ConfigScanner;
import io.github.ipseclint.parse.scan.ScanRequest;
import io.github.ipseclint.parse.scan.ScanResult;
import io.github.ipseclint.parse.scan.ScannedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairing on real configuration files of several hosts, read through the scanner. */
class TunnelFinderTest {
  @TempDir
  Path root;

  private static String swanctl(String name, String local, String remote, String localId, String remoteId) {
    return """
        connections {
          %s {
            local_addrs = %s
            remote_addrs = %s
            local {
              auth = psk
              id = %s
            }
            remote {
              auth = psk
              id = %s
            }
            children {
              net {
                local_ts = 10.1.0.0/24
                start_action = start
              }
            }
          }
        }
        """.formatted(name, local, remote, localId, remoteId);
  }

  private static String libreswan(String name, String left, String right, String leftId, String rightId) {
    return """
        conn %s
            ikev2=insist
            left=%s
            leftid=%s
            right=%s
            rightid=%s
            authby=secret
            auto=add
        """.formatted(name, left, leftId, right, rightId);
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private List<Daemon> daemons() throws IOException {
    ScanResult scan = new ConfigScanner().scan(new ScanRequest(List.of(root), ParseOptions.defaults(root), Optional.of(root)));
    return ScanDaemons.of(Host.of(scan.files().stream().map(ScannedFile::document).toList(), scan.model()), root);
  }

  private PairingResult find() throws IOException {
    return TunnelFinder.find(daemons(), PeerConfig.automatic(root));
  }

  private static List<String> labels(PairingResult result) {
    return result.tunnels().stream().map(Tunnel::label).toList();
  }

  @Test
  void pairsTwoSitesOfDifferentImplementationsByMirroredAddressesAndIds() throws IOException {
    write("gw-a/swanctl/swanctl.conf", swanctl("to-b", "192.0.2.1", "192.0.2.2", "@a", "@b"));
    write("gw-b/ipsec.conf", libreswan("to-a", "192.0.2.2", "192.0.2.1", "@b", "@a"));

    PairingResult result = find();

    assertThat(labels(result)).containsExactly("gw-a#to-b <-> gw-b#to-a");
    assertThat(result.tunnels().get(0).origin()).isEqualTo(Tunnel.Origin.AUTOMATIC);
    assertThat(result.unpaired()).isEmpty();
  }

  @Test
  void pairsAStrongswanIpsecConfWithASwanctlEndAndPicksTheMirroringConnOfSeveral() throws IOException {
    write("moon/ipsec.conf", """
        conn to-sun
            left=192.0.2.1
            leftid=@moon
            right=192.0.2.2
            rightid=@sun
            authby=psk
            auto=start
        conn to-venus
            left=192.0.2.1
            leftid=@moon
            right=192.0.2.9
            rightid=@venus
            authby=psk
            auto=add
        """);
    write("sun/swanctl/swanctl.conf", swanctl("to-moon", "192.0.2.2", "192.0.2.1", "@sun", "@moon"));

    PairingResult result = find();

    assertThat(labels(result)).containsExactly("moon#to-sun <-> sun#to-moon");
    assertThat(result.unpaired()).extracting(Peer::label).containsExactly("moon#to-venus");
  }

  @Test
  void pairsEveryRoadWarriorWithTheServerThatAcceptsAnyPeer() throws IOException {
    write("server/swanctl/swanctl.conf", swanctl("rw", "192.0.2.1", "%any", "@server", "%any"));
    write("carol/swanctl/swanctl.conf", swanctl("home", "%any", "192.0.2.1", "carol@example.org", "@server"));
    write("dave/ipsec.conf", libreswan("home", "%defaultroute", "192.0.2.1", "@dave", "@server"));

    PairingResult result = find();

    assertThat(labels(result)).containsExactlyInAnyOrder("carol#home <-> server#rw", "dave#home <-> server#rw");
  }

  @Test
  void pairsEachSpokeWithTheHubConnectionThatNamesIt() throws IOException {
    write("hub/ipsec.conf", libreswan("spoke1", "198.51.100.1", "203.0.113.1", "@hub", "@spoke1")
        + libreswan("spoke2", "198.51.100.1", "203.0.113.2", "@hub", "@spoke2"));
    write("spoke1/swanctl/swanctl.conf", swanctl("hub", "203.0.113.1", "198.51.100.1", "@spoke1", "@hub"));
    write("spoke2/swanctl/swanctl.conf", swanctl("hub", "203.0.113.2", "198.51.100.1", "@spoke2", "@hub"));

    PairingResult result = find();

    assertThat(labels(result)).containsExactlyInAnyOrder("hub#spoke1 <-> spoke1#hub", "hub#spoke2 <-> spoke2#hub");
  }

  @Test
  void aClientWithoutAnAddressIsNotTheHostAnotherScannedHostClaims() throws IOException {
    // strongSwan's multi-ca certreq scenarios: the gateway names each client's address, one client
    // configures its own, the other none
    write("moon/swanctl/swanctl.conf", swanctl("carol", "192.0.2.1", "192.0.2.100", "@moon", "%any")
        + swanctl("dave", "192.0.2.1", "192.0.2.200", "@moon", "%any"));
    write("carol/swanctl/swanctl.conf", swanctl("moon", "192.0.2.100", "192.0.2.1", "@carol", "@moon"));
    write("dave/swanctl/swanctl.conf", swanctl("moon", "%any", "192.0.2.1", "@dave", "@moon"));

    PairingResult result = find();

    assertThat(labels(result)).containsExactlyInAnyOrder("carol#moon <-> moon#carol", "dave#moon <-> moon#dave");
  }

  @Test
  void ofEquallyMirroringConnectionsTheOneWhoseSubnetsFaceTheClientsWins() throws IOException {
    // strongSwan's ocsp-strict-ifuri: one gateway conn per CA, told apart by the client's certificate
    String gateway = """
        connections {
          %s {
            local_addrs = 192.0.2.1
            local {
              id = @moon
            }
            children {
              net {
                local_ts = %s
              }
            }
          }
        }
        """;
    String client = """
        connections {
          home {
            remote_addrs = 192.0.2.1
            local {
              id = %s
            }
            remote {
              id = @moon
            }
            children {
              home {
                remote_ts = %s
              }
            }
          }
        }
        """;
    write("moon/swanctl/swanctl.conf", gateway.formatted("research", "10.1.0.10/32")
        + gateway.formatted("sales", "10.1.0.20/32"));
    write("carol/swanctl/swanctl.conf", client.formatted("carol@example.org", "10.1.0.10/32"));
    write("dave/swanctl/swanctl.conf", client.formatted("dave@example.org", "10.1.0.20/32"));

    PairingResult result = find();

    assertThat(labels(result)).containsExactlyInAnyOrder("carol#home <-> moon#research", "dave#home <-> moon#sales");
  }

  @Test
  void pairsMatchingAddressesEvenWhenTheIdsDisagreeSoTheMismatchCanBeReported() throws IOException {
    write("gw-a/swanctl/swanctl.conf", swanctl("to-b", "192.0.2.1", "192.0.2.2", "@a", "@wrong"));
    write("gw-b/swanctl/swanctl.conf", swanctl("to-a", "192.0.2.2", "192.0.2.1", "@b", "@a"));

    assertThat(labels(find())).containsExactly("gw-a#to-b <-> gw-b#to-a");
  }

  @Test
  void pairsBehindNatByIdsWhenTheAddressesDoNotMirror() throws IOException {
    // gw-a sits behind a NAT: gw-b knows only its public address.
    write("gw-a/swanctl/swanctl.conf", swanctl("to-b", "10.0.0.5", "192.0.2.2", "@a", "@b"));
    write("gw-b/swanctl/swanctl.conf", swanctl("to-a", "192.0.2.2", "198.51.100.7", "@b", "@a"));

    assertThat(labels(find())).containsExactly("gw-a#to-b <-> gw-b#to-a");
  }

  @Test
  void doesNotPairConnectionsWhoseAddressesAndIdsBothContradict() throws IOException {
    write("gw-a/swanctl/swanctl.conf", swanctl("to-c", "192.0.2.1", "192.0.2.3", "@a", "@c"));
    write("gw-b/swanctl/swanctl.conf", swanctl("to-d", "192.0.2.2", "192.0.2.4", "@b", "@d"));

    PairingResult result = find();

    assertThat(result.tunnels()).isEmpty();
    assertThat(result.unpaired()).extracting(Peer::label).containsExactly("gw-a#to-c", "gw-b#to-d");
  }

  @Test
  void aSingleHostIsNeverPairedNorReportedUnpaired() throws IOException {
    write("gw-a/swanctl/swanctl.conf", swanctl("to-b", "192.0.2.1", "192.0.2.2", "@a", "@b"));

    PairingResult result = find();

    assertThat(result.tunnels()).isEmpty();
    assertThat(result.unpaired()).isEmpty();
  }

  @Test
  void explicitPairsReplaceTheAutomaticPairingOfTheConnectionsTheyName() throws IOException {
    write("gw-a/swanctl/swanctl.conf", swanctl("to-b", "192.0.2.1", "192.0.2.2", "@a", "@b"));
    write("gw-b/ipsec.conf", libreswan("to-a", "192.0.2.2", "192.0.2.1", "@b", "@a")
        + libreswan("other", "192.0.2.2", "192.0.2.1", "@b", "@x"));
    Span where = new Span(SourceFile.inMemory(".ipseclint.yaml", "peers:\n"), 1, 1, 1, 7);
    PeerConfig config = new PeerConfig(root, List.of(new ExplicitPair(ConnectionRef.parse("gw-a/swanctl/swanctl.conf#to-b").orElseThrow(),
        ConnectionRef.parse("gw-b#other").orElseThrow(), where)));

    PairingResult result = TunnelFinder.find(daemons(), config);

    assertThat(labels(result)).containsExactly("gw-a#to-b <-> gw-b#other");
    assertThat(result.tunnels().get(0).origin()).isEqualTo(Tunnel.Origin.EXPLICIT);
    assertThat(result.unresolved()).isEmpty();
  }

  @Test
  void reportsExplicitPairsThatNameNoHostNoConnectionOrOneHostTwice() throws IOException {
    write("gw-a/swanctl/swanctl.conf", swanctl("to-b", "192.0.2.1", "192.0.2.2", "@a", "@b"));
    write("gw-b/ipsec.conf", libreswan("to-a", "192.0.2.2", "192.0.2.1", "@b", "@a"));
    Span where = new Span(SourceFile.inMemory(".ipseclint.yaml", "peers:\n"), 1, 1, 1, 7);
    PeerConfig config = new PeerConfig(root, List.of(
        new ExplicitPair(ref("gw-c#to-b"), ref("gw-b#to-a"), where),
        new ExplicitPair(ref("gw-a#to-b"), ref("gw-b/ipsec.conf#nope"), where),
        new ExplicitPair(ref("gw-a/ipsec.conf#to-b"), ref("gw-b#to-a"), where),
        new ExplicitPair(ref("gw-a#to-b"), ref("gw-a#to-b"), where)));

    PairingResult result = TunnelFinder.find(daemons(), config);

    assertThat(result.unresolved()).extracting(UnresolvedPair::problem).containsExactly(
        "'gw-c#to-b' names no scanned host (a directory of ipsec.conf, ipsec.secrets or swanctl/ files, relative to"
            + " the configuration file)",
        "host 'gw-b' has no connection 'nope' in ipsec.conf",
        "host 'gw-a' has no connection 'to-b' in ipsec.conf",
        "both 'gw-a#to-b' and 'gw-a#to-b' are on host 'gw-a'; a tunnel joins two hosts");
    assertThat(labels(result)).containsExactly("gw-a#to-b <-> gw-b#to-a");
  }

  private static ConnectionRef ref(String written) {
    return ConnectionRef.parse(written).orElseThrow();
  }

  @Test
  void readsReferencesWithAndWithoutAFile() {
    assertThat(ConnectionRef.parse("site-a/ipsec.conf#to-b")).contains(new ConnectionRef("site-a/ipsec.conf", "to-b"));
    assertThat(ConnectionRef.parse("site-a#to-b")).contains(new ConnectionRef("site-a", "to-b"));
    assertThat(ConnectionRef.parse("site-a")).isEmpty();
    assertThat(ConnectionRef.parse("#to-b")).isEmpty();
    assertThat(ConnectionRef.parse("site-a#")).isEmpty();
  }
}
