// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Simulator;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.DirectionOutcome;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.SimulationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No pre-shared key text reaches a log line, a disagreement or an outcome, whatever the PSK
 * situation: keys that differ, keys found on one end only, a key line one daemon cannot use.
 */
class SecretsNeverShownTest {
  private static final String KEY_LEFT = "Kq7-left-unique-key";
  private static final String KEY_RIGHT = "Kq7-right-unique-key";

  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  @Test
  void noKeyTextInAnyOutcome() {
    SiteFragment strokeLeft = SiteFragment.left().conn("keyexchange=ikev2", "auto=start");
    SiteFragment libreswanRight = SiteFragment.right().conn("auto=add");
    List<Peer[]> pairs = List.of(
        pair(hosts.swanctl("a1", "strongswan-5.9.8",
                SiteFragment.left().child("start_action = start").psk("@left @right", KEY_LEFT).swanctl()),
            hosts.ipsecConf("a2", "libreswan-4.10", libreswanRight.psk("@right @left", KEY_RIGHT).ipsecConf())),
        pair(hosts.ipsecConf("b1", "strongswan-6.0.6", strokeLeft.psk("192.0.2.1 192.0.2.2", KEY_LEFT).ipsecConf()),
            hosts.ipsecConf("b2", "libreswan-5.3", libreswanRight.psk("@left @gateway", KEY_RIGHT).ipsecConf())),
        pair(hosts.ipsecConf("c1", "strongswan-5.9.8", strokeLeft.psk("@left @right", KEY_LEFT).ipsecConf()),
            hosts.ipsecConf("c2", "strongswan-5.9.8", SiteFragment.right().conn("keyexchange=ikev2", "auto=start")
                .psk("@left @right", KEY_RIGHT).ipsecConf())),
        pair(hosts.ipsecConf("d1", "libreswan-4.10", SiteFragment.left().conn("auto=start").psk("@left @right", KEY_LEFT)
                .ipsecConf()),
            hosts.swanctl("d2", "strongswan-6.0.6",
                SiteFragment.right().child("start_action = start").psk("@right", KEY_RIGHT).swanctl())));

    List<String> shown = new ArrayList<>();
    for (Peer[] ends : pairs) {
      SimulationReport report = new Simulator().simulate(ends[0], ends[1]);
      for (DirectionOutcome outcome : report.directions()) {
        shown.add(outcome.toString());
        outcome.initiatorLog().stream().map(LogLine::toString).forEach(shown::add);
        outcome.responderLog().stream().map(LogLine::toString).forEach(shown::add);
        outcome.disagreements().stream().map(Disagreement::toString).forEach(shown::add);
      }
    }

    assertThat(shown).anyMatch(text -> text.contains("differ"));
    assertThat(shown).anyMatch(text -> text.contains("has no pre-shared key"));
    assertThat(shown).noneMatch(text -> text.contains(KEY_LEFT) || text.contains(KEY_RIGHT)
        || text.contains("Kq7"));
  }

  private static Peer[] pair(Peer left, Peer right) {
    return new Peer[] {left, right};
  }
}
