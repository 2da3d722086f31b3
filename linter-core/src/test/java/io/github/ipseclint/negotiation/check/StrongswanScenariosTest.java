// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.negotiation.DaemonLoader;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.auth.IkeConfigMatch;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * strongSwan's own IKEv2 test scenarios (corpus {@code strongswan/ikev2/}), which authenticate in
 * that project's CI: PSK keyed in every way the secrets allow, wildcard and missing IDr,
 * certificates, EAP, IKEv1 Main Mode keys by address, and the one scenario about a wrong key.
 * Skipped when the corpus is absent.
 */
class StrongswanScenariosTest {

  private static Peer host(Path scenario, String name) throws IOException {
    Path root = scenario.resolve(name);
    ParseOptions options = ParseOptions.defaults(root)
        .withTarget(Target.defaultFor(Implementation.STRONGSWAN)).withDialect(Implementation.STRONGSWAN);
    DaemonLoader.Loaded loaded = new DaemonLoader().load(root.resolve("swanctl.conf"), options);
    return new Peer(loaded.daemon(), loaded.connection(Optional.empty()).orElseThrow());
  }

  private static Path scenario(String name) {
    return scenario("ikev2", name);
  }

  private static Path scenario(String version, String name) {
    Path corpus = Path.of(System.getProperty("ipseclint.shared", "../../shared"), "corpus", "strongswan", version);
    assumeTrue(Files.isDirectory(corpus.resolve(name)), "no corpus scenario " + name);
    return corpus.resolve(name);
  }

  /**
   * The responder's configs for the initiator's address pair are in the running, the first of them
   * selected, as the first packet leaves them (C1).
   */
  private static Exchange exchange(Path scenario, String initiator, String responder) throws IOException {
    Peer initiating = host(scenario, initiator);
    Peer responding = host(scenario, responder);
    Exchange exchange = new Exchange(initiating, responding, Side.LEFT);
    Optional<IpAddress> from = literal(initiating.connection().local().addresses().value());
    Optional<IpAddress> to = literal(initiating.connection().remote().addresses().value());
    List<Connection> candidates = responding.daemon().connections().stream()
        .filter(candidate -> IkeConfigMatch.score(candidate, to, from) > 0).toList();
    exchange.responderCandidates(candidates);
    exchange.responderConnection(candidates.get(0));
    return exchange;
  }

  private static Optional<IpAddress> literal(List<HostAddress> addresses) {
    return addresses.get(0) instanceof HostAddress.Block block ? Optional.of(block.range().from()) : Optional.empty();
  }

  private static CheckRun run(Path scenario, String initiator, String responder) throws IOException {
    return CheckRun.ikeAuth(exchange(scenario, initiator, responder));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({
      "net2net-psk, moon, sun", "nat-rw-psk, alice, sun", "nat-rw-psk, venus, sun",
      "rw-psk-fqdn, carol, moon", "rw-psk-fqdn, dave, moon", "rw-psk-ipv4, carol, moon", "rw-psk-ipv4, dave, moon",
      "rw-psk-no-idr, carol, moon", "rw-psk-no-idr, dave, moon", "rw-psk-rsa-mixed, carol, moon",
      "rw-psk-rsa-mixed, dave, moon", "rw-psk-rsa-split, carol, moon", "net2net-cert, moon, sun",
      "host2host-cert, moon, sun", "rw-cert, carol, moon", "rw-cert, dave, moon", "rw-eap-md5-rsa, carol, moon",
      "rw-eap-mschapv2-id-rsa, carol, moon", "rw-pubkey-keyid, carol, moon"})
  void authenticatesAsInTheProjectsOwnTests(String name, String initiator, String responder) throws IOException {
    CheckRun run = run(scenario(name), initiator, responder);

    assertThat(run.exchange().disagreements()).as("%s%n%s", run.initiatorLog(), run.responderLog()).isEmpty();
    assertThat(run.exchange().failure()).isEmpty();
  }

  @Test
  void aConfigWantingAnotherMethodGivesWayToTheNextCandidate() throws IOException {
    CheckRun run = run(scenario("rw-psk-rsa-mixed"), "dave", "moon");

    assertThat(run.responderLog()).containsSubsequence("selected peer config 'rw-psk'",
        "selected peer config 'rw-psk' unacceptable: non-matching authentication done",
        "switching to peer config 'rw-pubkey'");
  }

  @ParameterizedTest(name = "IKEv1 {0}: {1} -> {2}")
  @CsvSource({"net2net-psk, moon, sun", "rw-psk-fqdn, carol, moon", "rw-psk-fqdn, dave, moon",
      "rw-psk-ipv4, carol, moon", "rw-psk-ipv4, dave, moon", "rw-psk-ip-ranges, carol, moon",
      "rw-psk-ip-ranges, dave, moon", "net2net-cert, moon, sun", "rw-cert, carol, moon"})
  void authenticatesWithIkev1AsInTheProjectsOwnTests(String name, String initiator, String responder)
      throws IOException {
    Exchange exchange = exchange(scenario("ikev1", name), initiator, responder);
    exchange.ikeVersion(IkeVersion.IKEV1);
    CheckRun.phaseOneAuth(exchange);

    assertThat(exchange.disagreements()).isEmpty();
    assertThat(exchange.failure()).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({"net2net-psk-fail, moon, sun"})
  void theWrongKeyScenarioFailsOnTheKey(String name, String initiator, String responder) throws IOException {
    CheckRun run = run(scenario(name), initiator, responder);

    assertThat(run.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
    assertThat(run.responderLog()).contains("tried 1 shared key for 'sun.strongswan.org' - 'moon.strongswan.org',"
        + " but MAC mismatched");
  }
}
