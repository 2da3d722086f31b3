// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static io.github.ipseclint.negotiation.check.AuthFragments.ikeSecret;
import static io.github.ipseclint.negotiation.check.AuthFragments.libreswan;
import static io.github.ipseclint.negotiation.check.AuthFragments.stroke;
import static io.github.ipseclint.negotiation.check.AuthFragments.swanctlResponder;
import static io.github.ipseclint.negotiation.check.AuthFragments.swanctlSite;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pre-shared keys: each end's own look-up, compared by bytes (cases C15, C16, C17 and variations). */
class PreSharedKeyTest {
  private static final String LIBRESWAN_PSK = "    authby=secret\n";

  @TempDir
  Path root;

  private Peer swanctlLeft(String secretIds, String secret) {
    return new TestHosts(root).swanctl("left", "strongswan-5.9.8", swanctlSite("@left", "@right", ikeSecret(secretIds, secret)));
  }

  private Peer libreswanRight(String target, String secrets) {
    return new TestHosts(root).libreswan("right", target,
        libreswan("192.0.2.2", "@right", "192.0.2.1", "@left", LIBRESWAN_PSK, secrets));
  }

  @Test
  void libreswanResponderRefusesADifferentKey() {
    AuthRun run = AuthRun.of(swanctlLeft("@left @right", "other-secret"), libreswanRight("libreswan-4.10", "@right @left : PSK \"s3cret\""));

    assertThat(run.status).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(run.exchange.failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
    assertThat(run.exchange.failure().orElseThrow().phase()).isEqualTo(Phase.IKE_AUTH);
    assertThat(run.initiatorLog()).containsSubsequence(
        "authentication of 'left' (myself) with pre-shared key", "received AUTHENTICATION_FAILED notify error");
    assertThat(run.responderLog()).containsExactly(
        "authentication failed: computed hash does not match hash received from peer ID_FQDN '@left'",
        "responding to IKE_AUTH message (ID 1) from 192.0.2.1:4500 with encrypted notification AUTHENTICATION_FAILED");
    Disagreement cause = run.exchange.disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.PSK);
    assertThat(cause.initiatorSetting().orElseThrow().file().displayPath()).endsWith("swanctl.conf");
    assertThat(cause.responderSetting().orElseThrow().file().displayPath()).endsWith("ipsec.secrets");
    assertThat(cause.explanation()).isEqualTo("left#site and right#site use different pre-shared keys for '@left' - '@right'");
  }

  @Test
  void libreswanFiveNamesTheIdTypeWithoutPrefixAndSaysNothingMore() {
    AuthRun run = AuthRun.of(swanctlLeft("@left @right", "other-secret"), libreswanRight("libreswan-5.3", "@right @left : PSK \"s3cret\""));

    assertThat(run.responderLog()).containsExactly(
        "authentication failed: computed hash does not match hash received from peer FQDN '@left'");
  }

  @Test
  void strongswanResponderTriesItsKeyAndReportsTheMacMismatch() {
    Peer libreswanLeft = new TestHosts(root).libreswan("ls", "libreswan-4.10",
        libreswan("192.0.2.2", "@right", "192.0.2.1", "@left", LIBRESWAN_PSK, "@right @left : PSK \"s3cret\""));
    AuthRun run = AuthRun.of(libreswanLeft, swanctlLeft("@left @right", "other-secret"));

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
    AuthRun run = AuthRun.of(swanctlLeft("@left @right", "s3cret"), libreswanRight("libreswan-5.3", "@right @left : PSK \"s3cret\""));

    assertThat(run.status).isEqualTo(CheckStatus.CONTINUE);
    assertThat(run.exchange.failure()).isEmpty();
    assertThat(run.responderLog()).containsExactly(
        "responder established IKE SA; authenticated peer using authby=secret and FQDN '@left'");
    assertThat(run.initiatorLog()).containsExactly(
        "authentication of 'left' (myself) with pre-shared key",
        "authentication of 'right' with pre-shared key successful",
        "IKE_SA site[1] established between 192.0.2.1[left]...192.0.2.2[right]");
    assertThat(run.exchange.responderId().map(id -> id.written().value().latin1())).contains("@right");
  }

  @Test
  void strongswanResponderSucceedsWhenAnyCandidateKeyIsRight() {
    String secrets = ikeSecret("@left", "wrong-one") + ikeSecret("@left @right", "s3cret").replace("ike-1", "ike-2");
    Peer responder = new TestHosts(root).swanctl("sw", "strongswan-6.0.6",
        swanctlResponder("@right", "@left", "psk", "psk", secrets));
    Peer initiator = new TestHosts(root).libreswan("ls", "libreswan-5.3",
        libreswan("192.0.2.1", "@left", "192.0.2.2", "@right", LIBRESWAN_PSK, "@left @right : PSK \"s3cret\""));

    AuthRun run = AuthRun.of(initiator, responder);

    assertThat(run.exchange.failure()).isEmpty();
    assertThat(run.responderLog()).contains("authentication of 'left' with pre-shared key successful",
        "authentication of 'right' (myself) with pre-shared key",
        "IKE_SA site[1] established between 192.0.2.2[right]...192.0.2.1[left]");
    assertThat(run.initiatorLog()).containsExactly(
        "initiator established IKE SA; authenticated peer using authby=secret and FQDN '@right'");
  }

  @Test
  void strongswanInitiatorWithoutAKeySendsNothing() {
    Peer initiator = new TestHosts(root).stroke("sw", "strongswan-5.9.8",
        stroke("192.0.2.1", "@left", "192.0.2.2", "@right", "    authby=secret\n", "192.0.2.1 192.0.2.2 : PSK \"s3cret\""));
    AuthRun run = AuthRun.of(initiator, libreswanRight("libreswan-4.10", "192.0.2.2 192.0.2.1 : PSK \"s3cret\""));

    assertThat(run.status).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(run.exchange.failure().orElseThrow().notification()).isEmpty();
    assertThat(run.initiatorLog()).containsExactly("no shared key found for 'left' - 'right'");
    assertThat(run.responderLog()).isEmpty();
    Disagreement cause = run.exchange.disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.PSK);
    assertThat(cause.initiatorSetting().orElseThrow().file().displayPath()).endsWith("ipsec.secrets");
    assertThat(cause.explanation()).startsWith("sw#site has no pre-shared key for '@left' - '@right'");
  }

  @Test
  void libreswanInitiatorWithoutAKeyFailsBeforeIkeAuth() {
    Peer responder = new TestHosts(root).stroke("sw", "strongswan-5.9.8",
        stroke("192.0.2.1", "@left", "192.0.2.2", "@right", "    authby=secret\n", "192.0.2.1 192.0.2.2 : PSK \"s3cret\""));
    AuthRun run = AuthRun.of(libreswanRight("libreswan-4.10", "192.0.2.2 192.0.2.1 : PSK \"s3cret\""), responder);

    assertThat(run.initiatorLog()).containsExactly("authentication failed: no PSK found for '@right'",
        "Failed to find our PreShared Key", "state transition function for STATE_V2_PARENT_I1 had internal error");
    assertThat(run.responderLog()).isEmpty();
    assertThat(run.exchange.failure().orElseThrow().notification()).isEmpty();
  }

  @Test
  void oneOwnerSufficesForStrongswanButNotForLibreswan() {
    Peer initiator = new TestHosts(root).stroke("sw", "strongswan-6.0.6",
        stroke("192.0.2.1", "@left", "192.0.2.2", "@right", "    authby=secret\n", "@left @gateway : PSK \"s3cret\""));
    AuthRun run = AuthRun.of(initiator, libreswanRight("libreswan-4.10", "@left @gateway : PSK \"s3cret\""));

    assertThat(run.initiatorLog()).containsExactly("authentication of 'left' (myself) with pre-shared key",
        "received AUTHENTICATION_FAILED notify error");
    assertThat(run.responderLog()).first().isEqualTo("authentication failed: no PSK found for '@right'");
    assertThat(run.exchange.disagreements().get(0).explanation())
        .startsWith("right#site has no pre-shared key for '@right' - '@left' (Libreswan needs");
  }

  @Test
  void libreswanInitiatorRejectsAKeyLineThatOnlyNamesItsOwnIdAmongTwo() {
    Peer responder = new TestHosts(root).stroke("sw", "strongswan-6.0.6",
        stroke("192.0.2.1", "@left", "192.0.2.2", "@right", "    authby=secret\n", "@left @gateway : PSK \"s3cret\""));
    AuthRun run = AuthRun.of(libreswanRight("libreswan-5.3", "@right @gateway : PSK \"s3cret\""), responder);

    assertThat(run.initiatorLog()).containsExactly("authentication failed: no PSK found for '@right'");
  }

  @Test
  void anEndWithoutSecretsFileIsTakenToHoldTheRightKey() {
    AuthRun run = AuthRun.of(swanctlLeft("@left @right", "s3cret"), libreswanRight("libreswan-5.3", ""));

    assertThat(run.exchange.failure()).isEmpty();
    assertThat(run.exchange.disagreements()).isEmpty();
  }

  @Test
  void disagreementPointsAtBothSecretsEntries() {
    AuthRun run = AuthRun.of(swanctlLeft("@left @right", "other-secret"), libreswanRight("libreswan-4.10", "@right @left : PSK \"s3cret\""));

    Disagreement cause = run.exchange.disagreements().get(0);
    assertThat(cause.initiatorSetting().map(span -> span.line())).isEqualTo(Optional.of(23)); // the ike-1 section of swanctlSite
    assertThat(cause.responderSetting().map(span -> span.line())).isEqualTo(Optional.of(1));
  }
}
