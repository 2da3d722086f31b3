// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.DaemonSettings.Ikev1Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  private DaemonSettings strongswan(String host, String target, String strongswanConf) {
    return hosts.host(host).swanctl(SWANCTL).strongswanConf(strongswanConf).peer(target).daemon().settings();
  }

  private DaemonSettings libreswan(String host, String target, String ipsecConf) {
    return hosts.ipsecConf(host, target, ipsecConf).daemon().settings();
  }

  @Test
  void readsTheCharonOptionsThatChangeOutcomes() {
    DaemonSettings settings = strongswan("sw", "strongswan-5.9.8", """
        charon {
          prefer_configured_proposals = no
          i_dont_care_about_security_and_use_aggressive_mode_psk = yes
          make_before_break = yes
          close_ike_on_child_failure = true
          retransmit_tries = 2
          accept_private_algs = 1
          prefer_previous_dh_group = disabled
        }
        """);
    assertThat(settings).isEqualTo(new DaemonSettings(false, true, true, false, true, true, 2, Ikev1Policy.ACCEPT));
  }

  @Test
  void keepsTheDefaultsForWhatIsNotSetOrNotUnderstood() {
    DaemonSettings settings = strongswan("sw", "strongswan-5.9.8", """
        charon {
          prefer_configured_proposals = maybe
          retransmit_tries = many
          plugins {
            openssl {
              load = yes
            }
          }
        }
        """);
    assertThat(settings).isEqualTo(DaemonSettings.defaults(VersionBucket.SW59));
    assertThat(hosts.swanctl("six", "strongswan-6.0.6", SWANCTL).daemon().settings().makeBeforeBreak()).isTrue();
    assertThat(hosts.swanctl("five", "strongswan-5.9.8", SWANCTL).daemon().settings().makeBeforeBreak()).isFalse();
  }

  @Test
  void followsIncludesAndCharonSystemdFallsBackToCharon() {
    DaemonSettings settings = hosts.host("sw").swanctl(SWANCTL)
        .strongswanConf("charon {\n  retransmit_tries = 3\n}\ninclude strongswan.d/*.conf\n")
        .file("strongswan.d/charon.conf", "charon-systemd {\n  prefer_configured_proposals = no\n}\n")
        .peer("strongswan-6.0.6").daemon().settings();
    assertThat(settings.retransmitTries()).isEqualTo(3);
    assertThat(settings.preferConfiguredProposals()).isFalse();
  }

  @Test
  void readsLibreswansIkev1Policy() {
    DaemonSettings accept = libreswan("a", "libreswan-4.10", "config setup\n    ikev1-policy=accept\n\n" + LIBRESWAN_CONN);
    assertThat(accept.ikev1Policy()).isEqualTo(Ikev1Policy.ACCEPT);
    DaemonSettings reject = libreswan("b", "libreswan-5.2", "config setup\n    ikev1-policy=reject\n\n" + LIBRESWAN_CONN);
    assertThat(reject.ikev1Policy()).isEqualTo(Ikev1Policy.REJECT);
    DaemonSettings unset = libreswan("c", "libreswan-4.10", LIBRESWAN_CONN);
    assertThat(unset.ikev1Policy()).isEqualTo(Ikev1Policy.DROP);
  }
}
