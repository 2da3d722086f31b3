// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static io.github.ipseclint.negotiation.check.AuthFragments.ikeSecret;
import static io.github.ipseclint.negotiation.check.AuthFragments.libreswan;
import static io.github.ipseclint.negotiation.check.AuthFragments.stroke;
import static io.github.ipseclint.negotiation.check.AuthFragments.swanctlSite;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Simulator;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.DirectionOutcome;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.SimulationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No pre-shared key text reaches a log line, a disagreement or an outcome, whatever the PSK
 * situation: keys that differ, keys found on one end only, a key line one daemon cannot use.
 */
class SecretsNeverShownTest {
  private static final String KEY_LEFT = "Kq7-left-unique-key";
  private static final String KEY_RIGHT = "Kq7-right-unique-key";
  private static final String PSK = "    authby=secret\n";

  @TempDir
  Path root;

  @Test
  void noKeyTextInAnyOutcome() {
    TestHosts hosts = new TestHosts(root);
    List<Peer[]> pairs = List.of(
        pair(hosts.swanctl("a1", "strongswan-5.9.8", swanctlSite("@left", "@right", ikeSecret("@left @right", KEY_LEFT))),
            hosts.libreswan("a2", "libreswan-4.10", libreswan("192.0.2.2", "@right", "192.0.2.1", "@left",
                PSK, "@right @left : PSK \"" + KEY_RIGHT + "\""))),
        pair(hosts.stroke("b1", "strongswan-6.0.6", stroke("192.0.2.1", "@left", "192.0.2.2", "@right", PSK,
                "192.0.2.1 192.0.2.2 : PSK \"" + KEY_LEFT + "\"")),
            hosts.libreswan("b2", "libreswan-5.3", libreswan("192.0.2.2", "@right", "192.0.2.1", "@left", PSK,
                "@left @gateway : PSK \"" + KEY_RIGHT + "\""))),
        pair(hosts.stroke("c1", "strongswan-5.9.8", stroke("192.0.2.1", "@left", "192.0.2.2", "@right", PSK,
                "@left @right : PSK \"" + KEY_LEFT + "\"")),
            hosts.stroke("c2", "strongswan-5.9.8", stroke("192.0.2.2", "@right", "192.0.2.1", "@left", PSK,
                "@left @right : PSK \"" + KEY_RIGHT + "\""))),
        pair(hosts.libreswan("d1", "libreswan-4.10", libreswan("192.0.2.1", "@left", "192.0.2.2", "@right", PSK,
                "@left @right : PSK \"" + KEY_LEFT + "\"").replace("auto=add", "auto=start")),
            hosts.swanctl("d2", "strongswan-6.0.6", swanctlSite("@right", "@left", ikeSecret("@right", KEY_RIGHT))
                .replace("192.0.2.1", "192.0.2.x").replace("192.0.2.2", "192.0.2.1").replace("192.0.2.x", "192.0.2.2"))));

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
