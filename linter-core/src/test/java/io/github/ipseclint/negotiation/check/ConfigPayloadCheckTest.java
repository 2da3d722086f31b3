// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.selector.SelectorAddresses;
import io.github.ipseclint.negotiation.selector.SelectorText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** C8 on the road-warrior fragments of cases C13 and C14. */
class ConfigPayloadCheckTest {
  /** A road warrior on any address, without virtual IP request unless added. */
  private static final SiteFragment CLIENT = SiteFragment.left().addresses("%any", "192.0.2.2").ids("@client", "@right")
      .subnets("", "10.2.0.0/24").child("start_action = start");
  private static final SiteFragment SERVER = SiteFragment.right().addresses("192.0.2.2", "%any")
      .ids("@right", "@client").subnets("10.2.0.0/24", "");
  /** The swanctl pool a strongSwan server hands out when its connection names it. */
  private static final String POOL = "pools { rw { addrs = 10.3.0.0/24 } }\n";
  private static final String LIBRESWAN_SERVER =
      SERVER.conn("rightaddresspool=10.3.0.10-10.3.0.100", "auto=add").ipsecConf();

  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  private Peer client(String... settings) {
    return hosts.swanctl("client", "strongswan-5.9.8", CLIENT.conn(settings).swanctl());
  }

  private Peer strongswanServer(String... settings) {
    return hosts.swanctl("server", "strongswan-5.9.8", SERVER.conn(settings).swanctl() + POOL);
  }

  private Peer libreswanServer(String target) {
    return hosts.ipsecConf("server", target, LIBRESWAN_SERVER);
  }

  @Test
  void strongswanWithoutPoolAnswersAVirtualIpRequestWithInternalAddressFailure() {
    CheckRun setup = CheckRun.childSa(client("vips = 0.0.0.0"),
        strongswanServer());

    assertThat(setup.status()).isEqualTo(CheckStatus.STOP_CHILD);
    assertThat(setup.exchange().failure().orElseThrow().notification()).contains(Notify.INTERNAL_ADDRESS_FAILURE);
    assertThat(setup.exchange().failure().orElseThrow().phase()).isEqualTo(Phase.IKE_AUTH);
    assertThat(setup.responderLog()).containsExactly(
        "peer requested virtual IP %any",
        "no virtual IP found for %any requested by 'client'",
        "no virtual IP found, sending INTERNAL_ADDRESS_FAILURE",
        "configuration payload negotiation failed, no CHILD_SA built",
        "failed to establish CHILD_SA, keeping IKE_SA");
    assertThat(setup.initiatorLog()).containsExactly(
        "received INTERNAL_ADDRESS_FAILURE notify, no CHILD_SA built",
        "failed to establish CHILD_SA, keeping IKE_SA");
    Disagreement cause = setup.exchange().disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.CP);
    assertThat(cause.initiatorSetting().orElseThrow().line()).isEqualTo(5);
  }

  @Test
  void strongswanWithPoolRequiresARequestAndAlsoRefusesTheSelectors() {
    CheckRun setup = CheckRun.childSa(client(),
        strongswanServer("pools = rw"));

    assertThat(setup.exchange().failure().orElseThrow().notification()).contains(Notify.FAILED_CP_REQUIRED);
    assertThat(setup.responderLog()).containsExactly(
        "expected a virtual IP request, sending FAILED_CP_REQUIRED",
        "traffic selectors 10.2.0.0/24 === <left-ip>/32 unacceptable",
        "failed to establish CHILD_SA, keeping IKE_SA");
    assertThat(setup.initiatorLog()).startsWith("received FAILED_CP_REQUIRED notify, no CHILD_SA built");
    Disagreement cause = setup.exchange().disagreements().get(0);
    assertThat(cause.responderSetting().orElseThrow().line()).isEqualTo(5);
    assertThat(cause.explanation()).contains("set vips = 0.0.0.0");
  }

  @Test
  void strongswanPoolServesTheRequestAndTheChildUsesTheLease() {
    CheckRun setup = CheckRun.childSa(client("vips = 0.0.0.0"),
        strongswanServer("pools = rw"));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.responderLog()).contains("assigning virtual IP 10.3.0.1 to peer 'client'");
    assertThat(setup.initiatorLog()).contains("installing new virtual IP 10.3.0.1",
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 10.3.0.1/32 === 10.2.0.0/24");
    assertThat(SelectorText.strongswan(setup.exchange().proposedTs().orElseThrow().tsi())).isEqualTo("0.0.0.0/0");
  }

  @Test
  void libreswanFiveModeConfigServerRequiresARequest() {
    CheckRun setup = CheckRun.childSa(client(), libreswanServer("libreswan-5.3"));

    assertThat(setup.exchange().failure().orElseThrow().notification()).contains(Notify.FAILED_CP_REQUIRED);
    assertThat(setup.responderLog()).containsExactly(
        "IKE_AUTH request does not include a CP payload required by leftmodecfgserver=true; Child SA ignored");
    assertThat(setup.initiatorLog()).startsWith("received FAILED_CP_REQUIRED notify, no CHILD_SA built");
    assertThat(setup.exchange().disagreements().get(0).responderSetting().orElseThrow().line()).isEqualTo(8);
  }

  @Test
  void libreswanFourDoesNotEnforceTheRequestAndBuildsTheChildForTheRealAddress() {
    CheckRun setup = CheckRun.childSa(client(), libreswanServer("libreswan-4.10"));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.initiatorLog()).contains(
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS <left-ip>/32 === 10.2.0.0/24");
  }

  @Test
  void libreswanLeasesFromItsPoolAndSkipsTheSelectorCheck() {
    CheckRun setup = CheckRun.childSa(client("vips = 0.0.0.0"),
        libreswanServer("libreswan-5.3"));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.initiatorLog()).contains("installing new virtual IP 10.3.0.10",
        "CHILD_SA net{1} established with SPIs <spi>_i <spi>_o and TS 10.3.0.10/32 === 10.2.0.0/24");
  }

  /** The stroke road warrior of strongSwan's ikev2-stroke scenarios; {@code %s} is its leftsourceip. */
  private static final String STROKE_CLIENT = """
      conn home
          left=192.0.2.1
          leftid=@client
          leftsourceip=%s
          right=192.0.2.2
          rightid=@right
          rightsubnet=%s
          authby=secret
          keyexchange=ikev2
          auto=start
      # ipsec.secrets
      @client @right : PSK "s3cret"
      """;

  private static final String STROKE_SERVER = """
      conn rw
          left=192.0.2.2
          leftid=@right
          leftsubnet=%s
          right=%%any
          rightid=@client
          rightsourceip=%s
          authby=secret
          keyexchange=ikev2
          auto=add
      # ipsec.secrets
      @right @client : PSK "s3cret"
      """;

  @Test
  void strokeDeducesTheFamilyOfAConfigRequestFromTheSubnets() {
    // ipv6-stroke/rw-ip6-in-ip4-ikev2: IPv4 outside, an IPv6 subnet, an IPv6 pool
    CheckRun setup = CheckRun.childSa(
        hosts.ipsecConf("client", "strongswan-5.9.8", STROKE_CLIENT.formatted("%config", "fec1::/16")),
        hosts.ipsecConf("server", "strongswan-5.9.8", STROKE_SERVER.formatted("fec1::/16", "fec3::/120")));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.responderLog()).startsWith("peer requested virtual IP %any6");
    assertThat(setup.exchange().virtualIps()).extracting(SelectorAddresses::isV6).containsExactly(true);
    assertThat(setup.exchange().proposedTs().orElseThrow().tsi()).singleElement()
        .satisfies(ts -> assertThat(ts.addresses().isV6()).isTrue());
  }

  @Test
  void aConfigPoolHandsOutTheAddressAskedFor() {
    CheckRun setup = CheckRun.childSa(
        hosts.ipsecConf("client", "strongswan-5.9.8", STROKE_CLIENT.formatted("10.3.0.5", "10.2.0.0/24")),
        hosts.ipsecConf("server", "strongswan-5.9.8", STROKE_SERVER.formatted("10.2.0.0/24", "%config")));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.initiatorLog()).contains("installing new virtual IP 10.3.0.5");
  }

  @Test
  void sourceIpValuesIpseclintCannotReadAreAnUnknownRequestAndAnUnknownPool() {
    // ikev2-stroke/config-payload: the test bed replaces these placeholders by addresses
    CheckRun setup = CheckRun.childSa(
        hosts.ipsecConf("client", "strongswan-5.9.8", STROKE_CLIENT.formatted("PH_IP_CAROL1", "10.2.0.0/24")),
        hosts.ipsecConf("server", "strongswan-5.9.8", STROKE_SERVER.formatted("10.2.0.0/24", "PH_IP_CAROL1")));

    assertThat(setup.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(setup.responderLog()).contains("assigning virtual IP <virtual-ip> to peer 'client'");
  }
}
