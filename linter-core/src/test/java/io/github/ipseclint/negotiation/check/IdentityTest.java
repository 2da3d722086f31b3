// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** IDs sent, the responder's configuration by ID, and the initiator's check of IDr (C18, C19, C25, C37). */
class IdentityTest {
  /** The left end initiating with swanctl. */
  private static final SiteFragment SWANCTL_INITIATOR = SiteFragment.left().child("start_action = start");
  /** A stroke road warrior behind NAT, on whatever address its default route has. */
  private static final SiteFragment STROKE_CLIENT = SiteFragment.left().addresses("%defaultroute", "192.0.2.2")
      .ids("", "").conn("keyexchange=ikev2", "auto=start").psk("", "s3cret");
  /** A Libreswan server that expects its client at 198.51.100.7 and names no IDs. */
  private static final SiteFragment LIBRESWAN_SERVER = SiteFragment.right().addresses("192.0.2.2", "198.51.100.7")
      .ids("", "").conn("auto=add").psk("", "s3cret");

  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  @Test
  void strongswanResponderWithAnotherLocalIdHasNoPeerConfig() {
    Peer initiator = hosts.swanctl("left", "strongswan-5.9.8", SWANCTL_INITIATOR.swanctl());
    Peer responder = hosts.swanctl("right", "strongswan-5.9.8", SiteFragment.right().ids("@gw", "@left").swanctl());

    CheckRun run = CheckRun.ikeAuth(initiator, responder);

    assertThat(run.status()).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(run.exchange().failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(run.responderLog()).containsExactly(
        "looking for peer configs matching 192.0.2.2[right]...192.0.2.1[left]", "no matching peer config found");
    assertThat(run.initiatorLog()).endsWith("received AUTHENTICATION_FAILED notify error");
    Disagreement cause = run.exchange().disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.ID);
    assertThat(cause.explanation()).isEqualTo("left#site asks for the responder ID '@right', but right#site is '@gw'");
    assertThat(cause.initiatorSetting().orElseThrow().line()).isEqualTo(11);
    assertThat(cause.responderSetting().orElseThrow().line()).isEqualTo(7);
  }

  @Test
  void strongswanResponderWithoutLocalIdAdoptsTheRequestedIdr() {
    Peer initiator = hosts.swanctl("left", "strongswan-6.0.6", SWANCTL_INITIATOR.swanctl());
    Peer responder = hosts.swanctl("right", "strongswan-6.0.6",
        SiteFragment.right().ids("", "@left").psk("@right @left", "s3cret").swanctl());

    CheckRun run = CheckRun.ikeAuth(initiator, responder);

    assertThat(run.exchange().failure()).isEmpty();
    assertThat(run.responderLog()).contains("IKE_SA site[1] established between 192.0.2.2[right]...192.0.2.1[left]");
  }

  /** A strongSwan initiator asking for @right of a Libreswan responder that is @gw. */
  private CheckRun libreswanAsGw(String strongswan, String libreswan) {
    return CheckRun.ikeAuth(hosts.swanctl("left", strongswan, SWANCTL_INITIATOR.swanctl()), hosts.ipsecConf("right",
        libreswan, SiteFragment.right().ids("@gw", "@left").conn("auto=add").ipsecConf()));
  }

  @Test
  void libreswanResponderAnswersWithItsOwnIdAndStrongswanRefusesIt() {
    CheckRun run = libreswanAsGw("strongswan-6.0.6", "libreswan-5.3");

    assertThat(run.status()).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(run.exchange().failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(run.responderLog()).containsExactly(
        "responder established IKE SA; authenticated peer using authby=secret and FQDN '@left'");
    assertThat(run.initiatorLog()).containsSubsequence(
        "authentication of 'gw' with pre-shared key successful",
        "constraint check failed: identity 'right' (ID_FQDN) required, not matched by 'gw' (ID_FQDN)",
        "selected peer config 'site' unacceptable: constraint checking failed",
        "no alternative config found");
    assertThat(run.exchange().disagreements().get(0).explanation())
        .isEqualTo("left#site expects the ID '@right' from right#site, which sends '@gw'");
  }

  @Test
  void strongswanFiveNineNamesOnlyTheRequiredIdentity() {
    CheckRun run = libreswanAsGw("strongswan-5.9.8", "libreswan-4.10");

    assertThat(run.initiatorLog()).contains("constraint check failed: identity 'right' required");
    assertThat(run.responderLog()).containsExactly(
        "responder established IKE SA; authenticated peer using authby=secret and ID_FQDN '@left'");
  }

  @Test
  void defaultIdBehindNatIsThePrivateAddress() {
    Peer initiator = hosts.ipsecConf("client", "strongswan-5.9.8", STROKE_CLIENT.ipsecConf());
    Peer responder = hosts.ipsecConf("server", "strongswan-5.9.8", SiteFragment.right()
        .addresses("192.0.2.2", "198.51.100.7").ids("", "").conn("keyexchange=ikev2", "auto=add").psk("", "s3cret")
        .ipsecConf());
    Exchange exchange = new Exchange(initiator, responder, Side.LEFT);
    exchange.initiatorHostAddress(address(10, 0, 0, 5));

    CheckRun run = CheckRun.ikeAuth(exchange);

    assertThat(run.responderLog()).containsExactly(
        "looking for peer configs matching 192.0.2.2[192.0.2.2]...198.51.100.7[10.0.0.5]",
        "no matching peer config found");
    assertThat(run.initiatorLog()).containsExactly("authentication of '10.0.0.5' (myself) with pre-shared key",
        "received AUTHENTICATION_FAILED notify error");
    assertThat(run.exchange().disagreements().get(0).explanation())
        .isEqualTo("server#site expects the ID '198.51.100.7' from client#site, which sends '10.0.0.5' (its default ID)");
  }

  @Test
  void anUnknownOwnAddressIsNoIdTheResponderCanExpect() {
    Peer initiator = hosts.ipsecConf("client", "strongswan-5.9.8", STROKE_CLIENT.ipsecConf());

    CheckRun fixedPeer = CheckRun.ikeAuth(initiator, hosts.ipsecConf("fixed", "libreswan-4.10", LIBRESWAN_SERVER.ipsecConf()));
    CheckRun anyPeer = CheckRun.ikeAuth(initiator, hosts.ipsecConf("any", "libreswan-4.10",
        LIBRESWAN_SERVER.addresses("192.0.2.2", "%any").ipsecConf()));

    assertThat(fixedPeer.responderLog()).first()
        .isEqualTo("Peer ID '<ip>' mismatched on first found connection and no better connection found");
    assertThat(fixedPeer.exchange().disagreements().get(0).explanation())
        .isEqualTo("fixed#site expects the ID '198.51.100.7' from client#site, which sends '<ip>' (its default ID, its own address,"
            + " which its configuration does not name; behind NAT it is not the address the peer sees)");
    assertThat(anyPeer.exchange().failure()).isEmpty();
  }

  @Test
  void libreswanFourSaysWhyThePeerIdIsRefusedFiveDoesNot() {
    Peer initiator = hosts.ipsecConf("client", "strongswan-5.9.8",
        STROKE_CLIENT.addresses("10.0.0.5", "192.0.2.2").ipsecConf());

    CheckRun four = CheckRun.ikeAuth(initiator, hosts.ipsecConf("four", "libreswan-4.10", LIBRESWAN_SERVER.ipsecConf()));
    CheckRun five = CheckRun.ikeAuth(initiator, hosts.ipsecConf("five", "libreswan-5.3", LIBRESWAN_SERVER.ipsecConf()));

    assertThat(four.responderLog()).containsExactly(
        "Peer ID '10.0.0.5' mismatched on first found connection and no better connection found",
        "responding to IKE_AUTH message (ID 1) from 198.51.100.7:4500 with encrypted notification AUTHENTICATION_FAILED");
    assertThat(five.responderLog()).isEmpty();
    assertThat(five.exchange().failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(five.initiatorLog()).endsWith("received AUTHENTICATION_FAILED notify error");
  }

  @Test
  void libreswanHostNameIdIsSentAsAnAddress() {
    Peer initiator = hosts.ipsecConf("left", "libreswan-4.10",
        SiteFragment.left().ids("gw-left.example.com", "@right").conn("auto=add").ipsecConf());
    Peer responder = hosts.swanctl("right", "strongswan-5.9.8",
        SiteFragment.right().ids("@right", "gw-left.example.com").swanctl());

    CheckRun run = CheckRun.ikeAuth(initiator, responder);

    assertThat(run.responderLog()).containsExactly(
        "looking for peer configs matching 192.0.2.2[right]...192.0.2.1[192.0.2.1]", "no matching peer config found");
    assertThat(run.initiatorLog()).first().isEqualTo("IKE SA authentication request rejected by peer: AUTHENTICATION_FAILED");
  }

  @Test
  void libreswanSendsIdrOnlyForNames() {
    SiteFragment libreswan = SiteFragment.right().conn("auto=add").withoutSecrets();
    Peer fqdn = hosts.ipsecConf("fqdn", "libreswan-5.3", libreswan.ipsecConf());
    Peer address = hosts.ipsecConf("address", "libreswan-5.3", libreswan.ids("@right", "192.0.2.1").ipsecConf());
    Peer responder = hosts.swanctl("sw", "strongswan-6.0.6", SWANCTL_INITIATOR.ids("", "").withoutSecrets().swanctl());

    assertThat(CheckRun.ikeAuth(fqdn, responder).responderLog()).first()
        .isEqualTo("looking for peer configs matching 192.0.2.1[left]...192.0.2.2[right]");
    assertThat(CheckRun.ikeAuth(address, responder).responderLog()).first()
        .isEqualTo("looking for peer configs matching 192.0.2.1[%any]...192.0.2.2[right]");
  }

  @Test
  void swanctlWithoutIdUsesItsAddressAndSaysSoPerVersion() {
    Peer responder = hosts.ipsecConf("ls", "libreswan-5.3",
        SiteFragment.right().ids("@right", "").conn("auto=add").withoutSecrets().ipsecConf());
    SiteFragment withoutId = SWANCTL_INITIATOR.ids("", "@right").psk("", "s3cret");
    Peer five = hosts.swanctl("five", "strongswan-5.9.8", withoutId.swanctl());
    Peer six = hosts.swanctl("six", "strongswan-6.0.6", withoutId.swanctl());

    assertThat(CheckRun.ikeAuth(five, responder).initiatorLog()).first()
        .isEqualTo("no IDi configured, fall back on IP address");
    assertThat(CheckRun.ikeAuth(six, responder).initiatorLog()).first()
        .isEqualTo("no IDi configured, default to IP address 192.0.2.1");
    assertThat(CheckRun.ikeAuth(six, responder).exchange().failure()).isEmpty();
  }

  @Test
  void strongswanPrefersTheConfigWhoseIdsMatchExactly() {
    String twoConns = SiteFragment.swanctl(SiteFragment.right().named("exact").withoutSecrets(),
        SiteFragment.right().ids("@right", "%any").psk("", "s3cret"));
    Peer responder = hosts.swanctl("sw", "strongswan-6.0.6", twoConns);
    Peer initiator = hosts.swanctl("left", "strongswan-6.0.6", SWANCTL_INITIATOR.psk("", "s3cret").swanctl());
    Exchange exchange = new Exchange(initiator, responder, Side.LEFT);
    exchange.responderCandidates(responder.daemon().connections());

    CheckRun run = CheckRun.ikeAuth(exchange);

    assertThat(run.responderLog()).contains("selected peer config 'exact'");
    assertThat(run.exchange().responderConnection().name()).isEqualTo("exact");
  }

  @Test
  void libreswanSwitchesToTheConnectionForTheRequestedIdr() {
    SiteFragment site = SiteFragment.right().conn("auto=add");
    String twoConns = site.ids("@gw", "@left").withoutSecrets().ipsecConf() + site.named("other").ipsecConf();
    Peer responder = hosts.ipsecConf("ls", "libreswan-5.3", twoConns);
    Peer initiator = hosts.swanctl("left", "strongswan-6.0.6", SWANCTL_INITIATOR.swanctl());
    Exchange exchange = new Exchange(initiator, responder, Side.LEFT);
    exchange.responderCandidates(responder.daemon().connections());

    CheckRun run = CheckRun.ikeAuth(exchange);

    assertThat(run.exchange().failure()).isEmpty();
    assertThat(run.exchange().responderConnection().name()).isEqualTo("other");
  }


  private static IpAddress address(int a, int b, int c, int d) {
    return new IpAddress(ByteText.of(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d}));
  }
}
