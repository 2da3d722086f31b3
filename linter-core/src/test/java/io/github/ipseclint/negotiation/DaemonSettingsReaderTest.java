// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.DaemonSettings.Ikev1Policy;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon settings DaemonLoader reads from a host's strongswan.conf and config setup. */
class DaemonSettingsReaderTest {
  private static final String SWANCTL = """
      connections {
        site {
          remote_addrs = 192.0.2.2
          local {
            auth = psk
          }
          remote {
            auth = psk
          }
        }
      }
      """;
  private static final String LIBRESWAN_CONN = """
      conn site
          left=192.0.2.2
          right=192.0.2.1
          authby=secret
          auto=add
      """;

  @TempDir
  Path dir;

  private DaemonSettings strongswan(String target, Map<String, String> files) {
    java.util.Map<String, String> all = new java.util.HashMap<>(files);
    all.put("swanctl/swanctl.conf", SWANCTL);
    return TestDaemons.load(dir, target, all).daemon().settings();
  }

  @Test
  void readsTheCharonOptionsThatChangeOutcomes() {
    DaemonSettings settings = strongswan("strongswan-5.9.8", Map.of("strongswan.conf", """
        charon {
          prefer_configured_proposals = no
          i_dont_care_about_security_and_use_aggressive_mode_psk = yes
          make_before_break = yes
          close_ike_on_child_failure = true
          retransmit_tries = 2
          accept_private_algs = 1
          prefer_previous_dh_group = disabled
        }
        """));
    assertThat(settings).isEqualTo(new DaemonSettings(false, true, true, false, true, true, 2, Ikev1Policy.ACCEPT));
  }

  @Test
  void keepsTheDefaultsForWhatIsNotSetOrNotUnderstood() {
    DaemonSettings settings = strongswan("strongswan-5.9.8", Map.of("strongswan.conf", """
        charon {
          prefer_configured_proposals = maybe
          retransmit_tries = many
          plugins {
            openssl {
              load = yes
            }
          }
        }
        """));
    assertThat(settings).isEqualTo(DaemonSettings.defaults(io.github.ipseclint.model.target.VersionBucket.SW59));
    assertThat(strongswan("strongswan-6.0.6", Map.of()).makeBeforeBreak()).isTrue();
    assertThat(strongswan("strongswan-5.9.8", Map.of()).makeBeforeBreak()).isFalse();
  }

  @Test
  void followsIncludesAndCharonSystemdFallsBackToCharon() {
    DaemonSettings settings = strongswan("strongswan-6.0.6", Map.of(
        "strongswan.conf", "charon {\n  retransmit_tries = 3\n}\ninclude strongswan.d/*.conf\n",
        "strongswan.d/charon.conf", "charon-systemd {\n  prefer_configured_proposals = no\n}\n"));
    assertThat(settings.retransmitTries()).isEqualTo(3);
    assertThat(settings.preferConfiguredProposals()).isFalse();
  }

  @Test
  void readsLibreswansIkev1Policy() {
    DaemonSettings accept = TestDaemons.load(dir.resolve("a"), "libreswan-4.10",
        Map.of("ipsec.conf", "config setup\n    ikev1-policy=accept\n\n" + LIBRESWAN_CONN)).daemon().settings();
    assertThat(accept.ikev1Policy()).isEqualTo(Ikev1Policy.ACCEPT);
    DaemonSettings reject = TestDaemons.load(dir.resolve("b"), "libreswan-5.2",
        Map.of("ipsec.conf", "config setup\n    ikev1-policy=reject\n\n" + LIBRESWAN_CONN)).daemon().settings();
    assertThat(reject.ikev1Policy()).isEqualTo(Ikev1Policy.REJECT);
    DaemonSettings unset = TestDaemons.load(dir.resolve("c"), "libreswan-4.10",
        Map.of("ipsec.conf", LIBRESWAN_CONN)).daemon().settings();
    assertThat(unset.ikev1Policy()).isEqualTo(Ikev1Policy.DROP);
  }
}
