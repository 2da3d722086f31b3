// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.Exchange;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * negotiation.md §7.6, the PFS outcome table of the first rekey of the IKE_AUTH CHILD SA, row by
 * row: the left end rekeys, the right end answers.
 */
class PfsOutcomeTableTest {
  @RegisterExtension
  final TestHosts hosts = new TestHosts();
  private final SiteEnds ends = new SiteEnds(hosts);

  /** One end of a row, written on the side the row puts it: the left end rekeys. */
  private interface End extends BiFunction<SiteEnds, Side, Peer> {}

  /** A swanctl end with its IKE and ESP proposals, defaults where empty. */
  private static End swanctl(String target, String ike, String esp) {
    return (ends, side) -> ends.swanctl(side, target, ike.isEmpty() ? "" : "proposals = " + ike,
        esp.isEmpty() ? "" : "esp_proposals = " + esp);
  }

  private static End libreswan(String target, String settings) {
    return (ends, side) -> ends.libreswan(side, target, settings);
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        row("no KE / strongSwan ESP without KE", swanctl("strongswan-6.0.1", "", ""),
            swanctl("strongswan-6.0.1", "", ""), "ok, no PFS"),
        row("no KE / Libreswan pfs=no", swanctl("strongswan-6.0.1", "", ""),
            libreswan("libreswan-5.3", "pfs=no"), "ok, no PFS"),
        row("no KE / strongSwan ESP with KE, no none", swanctl("strongswan-6.0.1", "", ""),
            swanctl("strongswan-6.0.1", "", "aes128gcm16-modp2048, aes128-sha256-modp2048"), "NPC"),
        row("no KE / Libreswan pfs=yes", swanctl("strongswan-6.0.1", "", ""),
            libreswan("libreswan-5.3", "auto=add"), "NPC"),
        row("no KE / SW602 defaults (KE + none)", swanctl("strongswan-6.0.1", "", ""),
            swanctl("strongswan-6.0.6", "", ""), "ok, no PFS"),
        row("KE G, no none / strongSwan ESP without KE", swanctl("strongswan-6.0.6", "", "aes256-sha256-modp2048"),
            swanctl("strongswan-6.0.1", "", "aes256-sha256"), "NPC"),
        row("KE G, no none / Libreswan pfs=no", swanctl("strongswan-6.0.6", "", "aes256-sha256-modp2048"),
            libreswan("libreswan-5.3", "pfs=no"), "NPC"),
        row("KE G / strongSwan ESP with G", swanctl("strongswan-6.0.6", "", "aes256-sha256-modp3072"),
            swanctl("strongswan-5.9.8", "", "aes256-sha256-modp3072"), "ok, PFS MODP_3072"),
        row("KE G = IKE group / Libreswan 4 pfs=yes", swanctl("strongswan-6.0.6", "aes256-sha256-modp2048", "aes256-sha256-modp2048"),
            libreswan("libreswan-4.10", "esp=aes256-sha2_256"), "ok, PFS MODP_2048"),
        row("KE G = esp= group / Libreswan 5 pfs=yes", swanctl("strongswan-6.0.6", "aes256-sha256-ecp256", "aes256-sha256-modp3072"),
            libreswan("libreswan-5.3", "ike=aes256-sha2_256-dh19\nesp=aes256-sha2_256-modp3072"), "ok, PFS MODP_3072"),
        row("KE G = esp= group / Libreswan 4 pfs=yes", swanctl("strongswan-6.0.6", "aes256-sha256-ecp256", "aes256-sha256-modp3072"),
            libreswan("libreswan-4.10", "ike=aes256-sha2_256-dh19\nesp=aes256-sha2_256-modp3072"), "NPC"),
        row("KE G, neither group / Libreswan 5 pfs=yes", swanctl("strongswan-6.0.6", "aes256-sha256-ecp256", "aes256-sha256-modp4096"),
            libreswan("libreswan-5.3", "ike=aes256-sha2_256-dh19\nesp=aes256-sha2_256"), "NPC"),
        row("KE list + none / strongSwan ESP without KE", swanctl("strongswan-6.0.6", "", ""),
            swanctl("strongswan-5.9.8", "", ""), "ok, no PFS"),
        row("KE list + none / Libreswan pfs=no", swanctl("strongswan-6.0.6", "", ""),
            libreswan("libreswan-4.10", "pfs=no"), "ok, no PFS"),
        row("KE list + none, KEi != H / strongSwan ESP with H", swanctl("strongswan-6.0.6", "", ""),
            swanctl("strongswan-6.0.6", "", "aes128gcm16-modp3072"), "ok, PFS MODP_3072 after INVALID_KE"),
        row("KE list + none, KEi = IKE group / Libreswan 5 pfs=yes", swanctl("strongswan-6.0.6", "", ""),
            libreswan("libreswan-5.3", "auto=add"), "ok, PFS ECP_256"),
        row("KE list + none, KEi != IKE group / Libreswan 5 pfs=yes", swanctl("strongswan-6.0.6", "", ""),
            libreswan("libreswan-5.3", "ike=aes256-sha2_256-modp2048"), "ok, PFS MODP_2048 after INVALID_KE"),
        row("KE list + none, KEi != IKE group / Libreswan 4 pfs=yes", swanctl("strongswan-6.0.6", "", ""),
            libreswan("libreswan-4.10", "auto=add"), "INVALID_SYNTAX"),
        row("KE G1, G2 = IKE group / Libreswan 5 pfs=yes", swanctl("strongswan-6.0.6", "aes256-sha256-ecp256", "aes256-sha256-modp2048-ecp256"),
            libreswan("libreswan-5.3", "ike=aes256-sha2_256-dh19\nesp=aes256-sha2_256"), "ok, PFS ECP_256 after INVALID_KE"),
        row("KE G1, G2 = IKE group / Libreswan 4 pfs=yes", swanctl("strongswan-5.9.8", "aes256-sha256-ecp256", "aes256-sha256-modp2048-ecp256"),
            libreswan("libreswan-4.10", "ike=aes256-sha2_256-dh19\nesp=aes256-sha2_256"), "INVALID_SYNTAX"),
        row("SW59 KE G plus a proposal without KE / Libreswan pfs=no", swanctl("strongswan-5.9.8", "", "aes256-sha256-modp2048, default"),
            libreswan("libreswan-4.10", "pfs=no"), "fails on the empty KE payload"),
        row("SW6x KE G plus a proposal without KE / Libreswan pfs=no", swanctl("strongswan-6.0.1", "", "aes256-sha256-modp2048, default"),
            libreswan("libreswan-5.3", "pfs=no"), "ok, no PFS"),
        row("Libreswan IKE group only / strongSwan ESP with that group",
            libreswan("libreswan-5.3", "ike=aes256-sha2_256-modp2048\nesp=aes256-sha2_256\nauto=start"),
            swanctl("strongswan-5.9.8", "aes256-sha256-modp2048", "aes256-sha256-modp2048"), "ok, PFS MODP_2048"),
        row("Libreswan IKE group only / strongSwan ESP with other groups",
            libreswan("libreswan-4.10", "ike=aes256-sha2_256-modp2048\nesp=aes256-sha2_256\nauto=start"),
            swanctl("strongswan-5.9.8", "aes256-sha256-modp2048", "aes256-sha256-ecp256-modp3072"), "NPC"));
  }

  private static Arguments row(String name, End initiator, End responder, String expected) {
    return Arguments.of(name, initiator, responder, expected);
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("rows")
  void firstRekey(String name, End initiator, End responder, String expected) {
    Exchange exchange = EstablishedExchange.of(initiator.apply(ends, Side.LEFT), responder.apply(ends, Side.RIGHT),
        Side.LEFT);
    LifecycleEnd left = LifecycleEnd.initiatorOf(exchange);
    LifecycleEnd right = LifecycleEnd.responderOf(exchange);
    ChildSa established = new ChildSa(exchange.childSuite().orElseThrow(),
        exchange.ikeSuite().flatMap(ike -> ike.of(TransformType.KE).stream().findFirst()), 1);

    CreateChildResult result = new CreateChildExchange(left, right).run(established, CreateChildPurpose.REKEY, 2);

    assertThat(outcome(result)).isEqualTo(expected);
  }

  private static String outcome(CreateChildResult result) {
    if (result.succeeded()) {
      return "ok, " + result.keMethod().map(method -> "PFS " + method.canonicalName()).orElse("no PFS")
          + (result.invalidKeRounds() > 0 ? " after INVALID_KE" : "");
    }
    if (result.ending() == CreateChildResult.Ending.IKE_SA_DESTROYED) {
      return result.notification().orElseThrow().name();
    }
    return result.notification().map(notify -> notify == io.github.ipseclint.negotiation.outcome.Notify.NO_PROPOSAL_CHOSEN
        ? "NPC" : notify.name()).orElse("fails on the empty KE payload");
  }
}
