// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.Exchange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each end proposes and accepts in CREATE_CHILD_SA (negotiation.md §7.2, §7.3). */
class RekeyProposalsTest {
  @RegisterExtension
  final TestHosts hosts = new TestHosts();
  private final SiteEnds ends = new SiteEnds(hosts);

  private static ChildSa established(Exchange exchange) {
    return new ChildSa(exchange.childSuite().orElseThrow(),
        exchange.ikeSuite().flatMap(ike -> ike.of(TransformType.KE).stream().findFirst()), 1);
  }

  private static String text(Optional<Transform> method) {
    return method.map(Transform::canonicalName).orElse("none");
  }

  private static List<String> texts(List<Proposal> proposals) {
    return proposals.stream().map(StrongswanWording::proposal).toList();
  }

  private Exchange swanctlToLibreswan(String strongswan, String esp, String libreswan, String settings) {
    return EstablishedExchange.of(ends.swanctl(Side.LEFT, strongswan, "", esp),
        ends.libreswan(Side.RIGHT, libreswan, settings), Side.LEFT);
  }

  @Test
  void strongswan602DefaultsSendTheFirstDefaultMethodAndKeepNone() {
    Exchange exchange = swanctlToLibreswan("strongswan-6.0.6", "", "libreswan-5.3", "auto=add");
    RekeyProposals proposals = LifecycleEnd.initiatorOf(exchange).proposals();

    CreateChildOffer offer = proposals.offer(established(exchange), CreateChildPurpose.REKEY);

    assertThat(text(offer.kei())).isEqualTo("ECP_256");
    assertThat(offer.proposals()).allSatisfy(p -> assertThat(RekeyProposals.keyExchanges(p))
        .anySatisfy(ke -> assertThat(ke.algorithm().isNone()).isTrue()));
  }

  @Test
  void strongswanBefore602SendsNoKePayloadWithDefaults() {
    Exchange exchange = swanctlToLibreswan("strongswan-6.0.1", "", "libreswan-5.3", "auto=add");

    CreateChildOffer offer = LifecycleEnd.initiatorOf(exchange).proposals().offer(established(exchange), CreateChildPurpose.REKEY);

    assertThat(offer.kei()).isEmpty();
  }

  @Test
  void noneFirstProposesMethodsWithoutAKePayload() {
    Exchange exchange = swanctlToLibreswan("strongswan-6.0.6", "esp_proposals = aes256-sha256-none-modp2048",
        "libreswan-5.3", "esp=aes256-sha2_256\nauto=add");

    CreateChildOffer offer = LifecycleEnd.initiatorOf(exchange).proposals().offer(established(exchange), CreateChildPurpose.NEW);

    assertThat(offer.kei()).isEmpty();
    assertThat(texts(offer.proposals())).containsExactly("ESP:AES_CBC_256/HMAC_SHA2_256_128/NONE/MODP_2048/NO_EXT_SEQ");
  }

  @Test
  void theMethodInTheKePayloadGoesFirstAndProposalsWithoutItGoLast() {
    Exchange exchange = EstablishedExchange.of(
        ends.stroke(Side.LEFT, "strongswan-6.0.6", "ike=aes128-sha256-modp2048\nesp=aes128-sha256\nauto=start"),
        ends.stroke(Side.RIGHT, "strongswan-6.0.6", "ike=aes128-sha256-modp2048\nesp=aes128-sha256-modp2048\nauto=add"),
        Side.LEFT);

    CreateChildOffer offer = LifecycleEnd.initiatorOf(exchange).proposals().offer(established(exchange), CreateChildPurpose.REKEY);

    assertThat(text(offer.kei())).isEqualTo("ECP_256");
    assertThat(texts(offer.proposals())).last().isEqualTo("ESP:AES_CBC_128/HMAC_SHA2_256_128/NO_EXT_SEQ");
    assertThat(offer.proposals().get(0).of(TransformType.KE).get(0).canonicalName()).isEqualTo("ECP_256");
  }

  @Test
  void aRekeyKeepsTheMethodTheSaWasNegotiatedWith() {
    Exchange exchange = swanctlToLibreswan("strongswan-6.0.6", "esp_proposals = aes256-sha256-modp2048-ecp256",
        "libreswan-5.3", "esp=aes256-sha2_256\nauto=add");
    RekeyProposals proposals = LifecycleEnd.initiatorOf(exchange).proposals();
    ChildSa first = established(exchange);
    Transform ecp256 = proposals.offer(first, CreateChildPurpose.NEW).proposals().get(0).of(TransformType.KE).get(1);
    ChildSa rekeyed = new ChildSa(LibreswanChildTransforms.withKeyExchange(first.suite(), ecp256), first.ikeGroup(), 2);

    CreateChildOffer offer = proposals.offer(rekeyed, CreateChildPurpose.REKEY);

    assertThat(text(offer.kei())).isEqualTo("ECP_256");
    assertThat(texts(offer.proposals())).containsExactly("ESP:AES_CBC_256/HMAC_SHA2_256_128/ECP_256/MODP_2048/NO_EXT_SEQ");
  }

  /** Libreswan initiating with IKE group DH19 and ESP group MODP3072, as does the strongSwan 6.0.6 responder. */
  private Exchange libreswanWithAnEspGroupOtherThanTheIkeGroup(String libreswan) {
    return EstablishedExchange.of(
        ends.libreswan(Side.LEFT, libreswan, "ike=aes256-sha2_256-dh19\nesp=aes256-sha2_256-modp3072\nauto=start"),
        ends.swanctl(Side.RIGHT, "strongswan-6.0.6", "proposals = aes256-sha256-ecp256",
            "esp_proposals = aes256-sha256-modp3072"),
        Side.LEFT);
  }

  @Test
  void libreswan4RekeysTheIkeAuthSaWithTheIkeGroupEvenWhenEspNamesAnother() {
    Exchange exchange = libreswanWithAnEspGroupOtherThanTheIkeGroup("libreswan-4.10");
    RekeyProposals proposals = LifecycleEnd.initiatorOf(exchange).proposals();

    CreateChildOffer rekey = proposals.offer(established(exchange), CreateChildPurpose.REKEY);
    CreateChildOffer recreate = proposals.offer(established(exchange), CreateChildPurpose.NEW);

    assertThat(text(rekey.kei())).isEqualTo("ECP_256");
    assertThat(texts(rekey.proposals())).containsExactly("ESP:AES_CBC_256/HMAC_SHA2_256_128/ECP_256/NO_EXT_SEQ");
    assertThat(text(recreate.kei())).isEqualTo("MODP_3072");
  }

  @Test
  void libreswan5RekeysWithItsEspGroup() {
    Exchange exchange = libreswanWithAnEspGroupOtherThanTheIkeGroup("libreswan-5.3");

    CreateChildOffer rekey = LifecycleEnd.initiatorOf(exchange).proposals().offer(established(exchange), CreateChildPurpose.REKEY);

    assertThat(text(rekey.kei())).isEqualTo("MODP_3072");
  }

  @Test
  void libreswanPfsNoAcceptsNoneButNeverSendsIt() {
    Exchange exchange = EstablishedExchange.of(ends.libreswan(Side.LEFT, "libreswan-5.3", "pfs=no\nauto=start"),
        ends.swanctl(Side.RIGHT, "strongswan-6.0.6", "", ""), Side.LEFT);
    RekeyProposals proposals = LifecycleEnd.initiatorOf(exchange).proposals();
    ChildSa sa = established(exchange);

    assertThat(texts(proposals.accepted(sa, CreateChildPurpose.REKEY))).containsExactly("ESP:AES_GCM_16_256/NONE/NO_EXT_SEQ");
    assertThat(texts(proposals.offer(sa, CreateChildPurpose.REKEY).proposals())).containsExactly("ESP:AES_GCM_16_256/NO_EXT_SEQ");
    assertThat(proposals.offer(sa, CreateChildPurpose.REKEY).kei()).isEmpty();
    assertThat(proposals.describePolicy(sa, CreateChildPurpose.REKEY)).isEqualTo("pfs=no (no key exchange)");
  }
}
