// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.outcome.LoadError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** C0 with the daemons' wording (negotiation.md §1.3, §13.2; case C31). */
class LoadCheckTest {
  @RegisterExtension
  final TestHosts hosts = new TestHosts();
  private int written;

  private static List<String> errors(Peer peer) {
    return new LoadCheck().validate(peer, Side.LEFT).stream().map(LoadError::daemonMessage).toList();
  }

  private List<String> swanctl(String target, String connection, String child) {
    return errors(hosts.swanctl("host" + written++, target, SiteFragment.left().conn(connection).child(child).swanctl()));
  }

  private List<String> ipsecConf(String target, String text) {
    return errors(hosts.ipsecConf("host" + written++, target, text));
  }

  /** A Libreswan responder on the right with conn settings added. */
  private List<String> libreswanRight(String target, String... settings) {
    return ipsecConf(target, SiteFragment.right().conn(settings).conn("auto=add").ipsecConf());
  }

  @Test
  void swanctlDiscardsAConnectionWhoseIkeProposalLacksAPrf() {
    assertThat(swanctl("strongswan-5.9.8", "proposals = aes256gcm16-modp2048", "")).containsExactly(
        "a PRF algorithm is mandatory in IKE proposals",
        "loading connection 'site' failed: invalid value for: proposals, config discarded");
  }

  @Test
  void strokeSkipsAnIkeProposalWithoutKeyExchange() {
    String stroke = SiteFragment.left().conn("keyexchange=ikev2", "ike=aes256-sha256!", "auto=start").ipsecConf();
    assertThat(ipsecConf("strongswan-5.9.8", stroke))
        .containsExactly("a DH group is mandatory in IKE proposals", "skipped invalid proposal string: aes256-sha256");
  }

  @Test
  void strongswanRefusesMixedCiphersUnknownAlgorithmsAndNamesTheChildOption() {
    assertThat(swanctl("strongswan-6.0.6", "", "esp_proposals = aes256gcm16-aes256-sha256")).containsExactly(
        "classic and combined-mode (AEAD) encryption algorithms can't be contained in the same ESP proposal",
        "loading connection 'site' failed: invalid value for: esp_proposals, config discarded");
    assertThat(swanctl("strongswan-6.0.6", "proposals = aes256-sha256-modp2048-foo", "")).first().asString()
        .isEqualTo("algorithm 'foo' not recognized");
  }

  @Test
  void strongswanLoadsAnAeadProposalWhosePrfComesFromItsIntegrity() {
    assertThat(swanctl("strongswan-6.0.6", "proposals = aes256gcm16-sha256-modp2048", "")).isEmpty();
    assertThat(swanctl("strongswan-6.0.6", "proposals = aes256gcm16-prfsha256-modp2048", "")).isEmpty();
  }

  @Test
  void libreswanRefusesTwoFirstEspGroupsWithPfs() {
    assertThat(libreswanRight("libreswan-4.10", "esp=aes256-sha2_256-modp2048,aes128-sha2_256-dh19")).containsExactly(
        "\"site\": failed to add connection: more than one IKEv2 ESP DH algorithm (MODP2048, DH19) requires unimplemented "
            + "CHILD_SA INVALID_KE");
  }

  @Test
  void libreswanRefusesDhInOnlySomeEspProposals() {
    assertThat(libreswanRight("libreswan-5.2", "esp=aes256-sha2_256-modp2048,aes128-sha2_256"))
        .containsExactly("\"site\": failed to add connection: either all or no ESP proposals should specify DH");
  }

  @Test
  void libreswanLoadsAlternativeGroupsInOneProposalAndAnyGroupsWithoutPfs() {
    assertThat(libreswanRight("libreswan-4.10", "esp=aes256-sha2_256-modp2048+dh19")).isEmpty();
    assertThat(libreswanRight("libreswan-4.10", "esp=aes256-sha2_256-modp2048,aes128-sha2_256-dh19", "pfs=no")).isEmpty();
  }

  @Test
  void libreswanRefusesIkev1ConnectionsUnlessTheGlobalPolicyAccepts() {
    String ikev1 = SiteFragment.left().conn("ikev2=no", "auto=start").ipsecConf();
    assertThat(ipsecConf("libreswan-4.10", ikev1)).containsExactly(
        "\"site\": failed to add IKEv1 connection: global ikev1-policy does not allow IKEv1 connections");
    assertThat(ipsecConf("libreswan-5.2", "config setup\n    ikev1-policy=drop\n\n" + ikev1)).hasSize(1);
    assertThat(ipsecConf("libreswan-4.10", "config setup\n    ikev1-policy=accept\n\n" + ikev1)).isEmpty();
  }

  @Test
  void defaultsLoadEverywhere() {
    assertThat(swanctl("strongswan-5.9.8", "", "")).isEmpty();
    assertThat(ipsecConf("libreswan-5.2", SiteFragment.left().conn("auto=start").ipsecConf())).isEmpty();
  }
}
