// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpsecModel;
import io.github.ipseclint.model.ipsec.Provenance;
import io.github.ipseclint.model.ipsec.StartAction;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SwanctlConverterTest {
  private static final String CONF = """
      conn-defaults {
        rekey_time = 2h
      }
      connections {
        home : conn-defaults {
          remote_addrs = 198.51.100.2
          vips = 0.0.0.0
          pools = p1
          local {
            auth = psk
            id = @home
          }
          remote {
            auth = eap-mschapv2
          }
          children {
            net {
              local_ts = 10.1.0.0/16, dynamic[tcp/22]
              start_action = trap
              rekey_time = 1x
            }
          }
        }
      }
      pools {
        p1 {
          addrs = 10.9.0.0/24
        }
      }
      secrets {
        ike-1 {
          id = @home
          secret = not-shown-anywhere
        }
      }
      """;

  private static IpsecModel model() {
    return ModelFixtures.model(CONF, FileKind.SWANCTL_CONF, Implementation.STRONGSWAN, "strongswan-6.0.6");
  }

  @Test
  void appliesViciDefaultsAndReferences() {
    Connection home = ModelFixtures.connection(model(), "home");
    assertThat(home.version().value()).isEqualTo(IkeVersion.ANY);
    assertThat(home.local().addresses().value().get(0)).isInstanceOf(HostAddress.Any.class);
    assertThat(home.ikeLifetimes().rekey().value()).isEqualTo(Duration.ofHours(2));
    assertThat(home.ikeLifetimes().rekey().provenance().kind()).isEqualTo(Provenance.Kind.INHERITED_REFERENCE);
    assertThat(home.ikeLifetimes().rekey().provenance().label()).isEqualTo("ref=conn-defaults");
    assertThat(home.ikeLifetimes().over().value()).isEqualTo(Duration.ofMinutes(12));
    assertThat(home.ikeLifetimes().reauth().isDefault()).isTrue();
    assertThat(home.mobike().value()).isTrue();
  }

  @Test
  void authRoundsIdsVirtualIpsAndPools() {
    Connection home = ModelFixtures.connection(model(), "home");
    assertThat(home.local().auth().get(0).method().value()).isEqualTo(AuthMethod.PSK);
    assertThat(home.local().id().value().toString()).contains("home");
    assertThat(home.remote().auth().get(0).methodLabel()).isEqualTo("eap-mschapv2");
    assertThat(home.remote().id().value()).isInstanceOf(AnyIdentity.class);
    assertThat(home.remote().id().isDefault()).isTrue();
    assertThat(home.vipRequests().value().get(0).family()).isEqualTo(HostAddress.Family.V4);
    assertThat(home.pools().value().get(0).name()).contains("p1");
    assertThat(home.pools().value().get(0).ranges().get(0).toString()).isEqualTo("10.9.0.0/24");
  }

  @Test
  void childSelectorsActionsAndInvalidValues() {
    IpsecModel model = model();
    Child net = ModelFixtures.connection(model, "home").children().get(0);
    assertThat(net.localTs().value()).extracting(TrafficSelector::toString)
        .containsExactly("10.1.0.0/16", "dynamic[6/22]");
    assertThat(net.remoteTs().value()).containsExactly(TrafficSelector.dynamic());
    assertThat(net.startAction().value()).isEqualTo(StartAction.TRAP);
    assertThat(net.lifetimes().rekey().isDefault()).isTrue();
    assertThat(net.lifetimes().life().value()).isEqualTo(Duration.ofMinutes(66));
    assertThat(net.proposals()).hasSize(1);
    assertThat(net.proposals().get(0).isDefault()).isTrue();
    assertThat(model.findings()).anyMatch(f -> f.rule().value().equals("invalid-value") && f.message().contains("rekey_time=1x"));
    assertThat(model.secrets()).hasSize(1);
  }
}
