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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pre-shared keys: each end's own look-up, compared by bytes (cases C15, C16, C17 and variations). */
class PreSharedKeyTest {
  /** A stroke initiator on the left whose one key is for the two addresses, not the IDs. */
  private static final SiteFragment STROKE_LEFT = SiteFragment.left().conn("keyexchange=ikev2", "auto=start");
  /** A Libreswan responder on the right, by default with the key "s3cret" for @right and @left. */
  private static final SiteFragment LIBRESWAN_RIGHT = SiteFragment.right().conn("auto=add");

  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  private Peer swanctlLeft(String secret) {
    return hosts.swanctl("left", "strongswan-5.9.8",
        SiteFragment.left().child("start_action = start").psk("@left @right", secret).swanctl());
  }

  private Peer libreswanRight(String target, SiteFragment fragment) {
    return hosts.ipsecConf("right", target, fragment.ipsecConf());
  }

  @Test
  void libreswanResponderRefusesADifferentKey() {
    CheckRun run = CheckRun.ikeAuth(swanctlLeft("other-secret"), libreswanRight("libreswan-4.10", LIBRESWAN_RIGHT));

    assertThat(run.status()).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(run.exchange().failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(run.exchange().failure().orElseThrow().phase()).isEqualTo(Phase.IKE_AUTH);
    assertThat(run.initiatorLog()).containsSubsequence(
        "authentication of 'left' (myself) with pre-shared key", "received AUTHENTICATION_FAILED notify error");
    assertThat(run.responderLog()).containsExactly(
        "authentication failed: computed hash does not match hash received from peer ID_FQDN '@left'",
        "responding to IKE_AUTH message (ID 1) from 192.0.2.1:4500 with encrypted notification AUTHENTICATION_FAILED");
    Disagreement cause = run.exchange().disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.PSK);
    assertThat(cause.initiatorSetting().orElseThrow().file().displayPath()).endsWith("swanctl.conf");
    assertThat(cause.responderSetting().orElseThrow().file().displayPath()).endsWith("ipsec.secrets");
    assertThat(cause.explanation()).isEqualTo("left#site and right#site use different pre-shared keys for '@left' - '@right'");
  }

  @Test
  void libreswanFiveNamesTheIdTypeWithoutPrefixAndSaysNothingMore() {
    CheckRun run = CheckRun.ikeAuth(swanctlLeft("other-secret"), libreswanRight("libreswan-5.3", LIBRESWAN_RIGHT));

    assertThat(run.responderLog()).containsExactly(
        "authentication failed: computed hash does not match hash received from peer FQDN '@left'");
  }

  @Test
  void strongswanResponderTriesItsKeyAndReportsTheMacMismatch() {
    Peer libreswanInitiator = hosts.ipsecConf("ls", "libreswan-4.10", LIBRESWAN_RIGHT.ipsecConf());
    CheckRun run = CheckRun.ikeAuth(libreswanInitiator, swanctlLeft("other-secret"));

    assertThat(run.initiatorLog()).containsExactly("IKE SA authentication request rejected by peer: AUTHENTICATION_FAILED",
        "deleting IKE SA but connection is supposed to remain up; schedule EVENT_REVIVE_CONNS",
        "initiating connection 'site' with serial $1 which received a Delete/Notify but must remain up per local policy");
    assertThat(run.responderLog()).containsExactly(
        "looking for peer configs matching 192.0.2.1[left]...192.0.2.2[right]",
        "selected peer config 'site'",
        "tried 1 shared key for 'left' - 'right', but MAC mismatched");
  }

  @Test
  void equalKeysAuthenticateBothWays() {
    CheckRun run = CheckRun.ikeAuth(swanctlLeft("s3cret"), libreswanRight("libreswan-5.3", LIBRESWAN_RIGHT));

    assertThat(run.status()).isEqualTo(CheckStatus.CONTINUE);
    assertThat(run.exchange().failure()).isEmpty();
    assertThat(run.responderLog()).containsExactly(
        "responder established IKE SA; authenticated peer using authby=secret and FQDN '@left'");
    assertThat(run.initiatorLog()).containsExactly(
        "authentication of 'left' (myself) with pre-shared key",
        "authentication of 'right' with pre-shared key successful",
        "IKE_SA site[1] established between 192.0.2.1[left]...192.0.2.2[right]");
    assertThat(run.exchange().responderId().map(id -> id.written().value().latin1())).contains("@right");
  }

  @Test
  void strongswanResponderSucceedsWhenAnyCandidateKeyIsRight() {
    Peer responder = hosts.swanctl("sw", "strongswan-6.0.6",
        SiteFragment.right().psk("@left", "wrong-one").psk("@left @right", "s3cret").swanctl());
    Peer initiator = hosts.ipsecConf("ls", "libreswan-5.3", SiteFragment.left().conn("auto=add").ipsecConf());

    CheckRun run = CheckRun.ikeAuth(initiator, responder);

    assertThat(run.exchange().failure()).isEmpty();
    assertThat(run.responderLog()).contains("authentication of 'left' with pre-shared key successful",
        "authentication of 'right' (myself) with pre-shared key",
        "IKE_SA site[1] established between 192.0.2.2[right]...192.0.2.1[left]");
    assertThat(run.initiatorLog()).containsExactly(
        "initiator established IKE SA; authenticated peer using authby=secret and FQDN '@right'");
  }

  @Test
  void strongswanInitiatorWithoutAKeySendsNothing() {
    Peer initiator = hosts.ipsecConf("sw", "strongswan-5.9.8",
        STROKE_LEFT.psk("192.0.2.1 192.0.2.2", "s3cret").ipsecConf());
    CheckRun run = CheckRun.ikeAuth(initiator, libreswanRight("libreswan-4.10", LIBRESWAN_RIGHT.psk("192.0.2.2 192.0.2.1", "s3cret")));

    assertThat(run.status()).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(run.exchange().failure().orElseThrow().notification()).isEmpty();
    assertThat(run.initiatorLog()).containsExactly("no shared key found for 'left' - 'right'");
    assertThat(run.responderLog()).isEmpty();
    Disagreement cause = run.exchange().disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.PSK);
    assertThat(cause.initiatorSetting().orElseThrow().file().displayPath()).endsWith("ipsec.secrets");
    assertThat(cause.explanation()).startsWith("sw#site has no pre-shared key for '@left' - '@right'");
  }

  @Test
  void libreswanInitiatorWithoutAKeyFailsBeforeIkeAuth() {
    Peer responder = hosts.ipsecConf("sw", "strongswan-5.9.8",
        STROKE_LEFT.psk("192.0.2.1 192.0.2.2", "s3cret").ipsecConf());
    CheckRun run = CheckRun.ikeAuth(libreswanRight("libreswan-4.10", LIBRESWAN_RIGHT.psk("192.0.2.2 192.0.2.1", "s3cret")), responder);

    assertThat(run.initiatorLog()).containsExactly("authentication failed: no PSK found for '@right'",
        "Failed to find our PreShared Key", "state transition function for STATE_V2_PARENT_I1 had internal error");
    assertThat(run.responderLog()).isEmpty();
    assertThat(run.exchange().failure().orElseThrow().notification()).isEmpty();
  }

  @Test
  void oneOwnerSufficesForStrongswanButNotForLibreswan() {
    Peer initiator = hosts.ipsecConf("sw", "strongswan-6.0.6", STROKE_LEFT.psk("@left @gateway", "s3cret").ipsecConf());
    CheckRun run = CheckRun.ikeAuth(initiator, libreswanRight("libreswan-4.10", LIBRESWAN_RIGHT.psk("@left @gateway", "s3cret")));

    assertThat(run.initiatorLog()).containsExactly("authentication of 'left' (myself) with pre-shared key",
        "received AUTHENTICATION_FAILED notify error");
    assertThat(run.responderLog()).first().isEqualTo("authentication failed: no PSK found for '@right'");
    assertThat(run.exchange().disagreements().get(0).explanation())
        .startsWith("right#site has no pre-shared key for '@right' - '@left' (Libreswan needs");
  }

  @Test
  void libreswanInitiatorRejectsAKeyLineThatOnlyNamesItsOwnIdAmongTwo() {
    Peer responder = hosts.ipsecConf("sw", "strongswan-6.0.6", STROKE_LEFT.psk("@left @gateway", "s3cret").ipsecConf());
    CheckRun run = CheckRun.ikeAuth(libreswanRight("libreswan-5.3", LIBRESWAN_RIGHT.psk("@right @gateway", "s3cret")), responder);

    assertThat(run.initiatorLog()).containsExactly("authentication failed: no PSK found for '@right'");
  }

  @Test
  void anEndWithoutSecretsFileIsTakenToHoldTheRightKey() {
    CheckRun run = CheckRun.ikeAuth(swanctlLeft("s3cret"), libreswanRight("libreswan-5.3", LIBRESWAN_RIGHT.withoutSecrets()));

    assertThat(run.exchange().failure()).isEmpty();
    assertThat(run.exchange().disagreements()).isEmpty();
  }

  @Test
  void disagreementPointsAtBothSecretsEntries() {
    CheckRun run = CheckRun.ikeAuth(swanctlLeft("other-secret"), libreswanRight("libreswan-4.10", LIBRESWAN_RIGHT));

    Disagreement cause = run.exchange().disagreements().get(0);
    assertThat(cause.initiatorSetting().map(span -> span.line())).isEqualTo(Optional.of(23)); // the ike-1 section
    assertThat(cause.responderSetting().map(span -> span.line())).isEqualTo(Optional.of(1));
  }
}
