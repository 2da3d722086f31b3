// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.NameIdentity;
import io.github.ipseclint.model.ipsec.Orientation;
import io.github.ipseclint.model.ipsec.Provenance;
import io.github.ipseclint.model.ipsec.StartAction;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlutoConverterTest {
  private static final String CONF = """
      conn %default
          ikelifetime=4h
      conn vpn
          left=192.0.2.1
          leftid=@gw.example.org
          right=198.51.100.2
          leftsubnet=10.1.0.0/16,10.3.0.0/16
          leftprotoport=tcp/%any
          leftmodecfgclient=yes
          rightaddresspool=10.9.0.1-10.9.0.100
          salifetime=1.5h
          auto=ondemand
      """;

  private static Connection vpn(String target) {
    return ModelFixtures.connection(
        ModelFixtures.model(CONF, FileKind.IPSEC_CONF, Implementation.LIBRESWAN, target), "vpn");
  }

  @Test
  void appliesPlutoDefaults() {
    Connection vpn = vpn("libreswan-5.4");
    assertThat(vpn.version().value()).isEqualTo(IkeVersion.IKEV2);
    assertThat(vpn.version().isDefault()).isTrue();
    assertThat(vpn.mobike().value()).isFalse();
    assertThat(vpn.ikeLifetimes().reauth().value()).isZero();
    Child child = vpn.children().get(0);
    assertThat(child.pfs().orElseThrow().value()).isTrue();
    assertThat(child.pfs().orElseThrow().isDefault()).isTrue();
    assertThat(child.lifetimes().life().value()).isEqualTo(Duration.ofMinutes(90));
    assertThat(child.lifetimes().rekey().value()).isEqualTo(Duration.ofMinutes(81));
    assertThat(child.startAction().value()).isEqualTo(StartAction.TRAP);
    assertThat(vpn.orientation().basis()).isEqualTo(Orientation.Basis.ASSUMED_LEFT);
  }

  @Test
  void readsTheLifetimeUnderItsLibreswan5Name() {
    String conf = "conn vpn\n    left=192.0.2.1\n    right=198.51.100.2\n    ipsec-lifetime=2h\n";
    Connection vpn = ModelFixtures.connection(
        ModelFixtures.model(conf, FileKind.IPSEC_CONF, Implementation.LIBRESWAN, "libreswan-5.4"), "vpn");
    assertThat(vpn.children().get(0).lifetimes().life().value()).isEqualTo(Duration.ofHours(2));
    assertThat(vpn.children().get(0).lifetimes().life().isDefault()).isFalse();
  }

  @Test
  void defaultProposalsDependOnTheReleaseLine() {
    assertThat(vpn("libreswan-4.10").ikeProposals().value().canonicalText())
        .isNotEqualTo(vpn("libreswan-5.4").ikeProposals().value().canonicalText());
  }

  @Test
  void inheritsFromDefaultAndKeepsIds() {
    Connection vpn = vpn("libreswan-4.10");
    assertThat(vpn.ikeLifetimes().rekey().value()).isEqualTo(Duration.ofMinutes(231));
    assertThat(vpn.ikeLifetimes().rekey().provenance().kind()).isEqualTo(Provenance.Kind.INHERITED_DEFAULT);
    assertThat(vpn.local().id().value()).isInstanceOf(NameIdentity.class);
    assertThat(vpn.remote().id().value()).isInstanceOf(AddressIdentity.class);
    assertThat(vpn.remote().id().isDefault()).isTrue();
  }

  @Test
  void selectorsVirtualIpsAndPools() {
    Connection vpn = vpn("libreswan-5.4");
    Child child = vpn.children().get(0);
    assertThat(child.localTs().value()).extracting(TrafficSelector::toString)
        .containsExactly("10.1.0.0/16[6/%any]", "10.3.0.0/16[6/%any]");
    assertThat(child.remoteTs().value()).extracting(TrafficSelector::toString).containsExactly("198.51.100.2/32");
    assertThat(child.remoteTs().isDefault()).isTrue();
    assertThat(vpn.vipRequests().value()).hasSize(1);
    assertThat(vpn.pools().value().get(0).ranges().get(0).toString()).isEqualTo("10.9.0.1-10.9.0.100");
  }

  @Test
  void anAddressPoolMakesTheLocalEndAModeConfigServer() {
    Connection vpn = vpn("libreswan-4.10");
    assertThat(vpn.modeConfigServer().orElseThrow().value()).isTrue();
    assertThat(vpn.modeConfigServer().orElseThrow().span().line()).isEqualTo(10);
    Connection plain = plain("libreswan-4.10", "");
    assertThat(plain.modeConfigServer().orElseThrow().value()).isFalse();
    assertThat(plain.modeConfigServer().orElseThrow().isDefault()).isTrue();
    assertThat(plain("libreswan-4.10", "    leftmodecfgserver=yes\n").modeConfigServer().orElseThrow().value()).isTrue();
  }

  @Test
  void narrowingDefaultsToYesWithAPoolFromLibreswan5() {
    assertThat(vpn("libreswan-4.10").children().get(0).narrowing().orElseThrow().value()).isFalse();
    Configured<Boolean> narrowing = vpn("libreswan-5.0").children().get(0).narrowing().orElseThrow();
    assertThat(narrowing.value()).isTrue();
    assertThat(narrowing.isDefault()).isTrue();
    assertThat(narrowing.span().line()).isEqualTo(10);
    assertThat(plain("libreswan-5.3", "").children().get(0).narrowing().orElseThrow().value()).isFalse();
    Configured<Boolean> written = plain("libreswan-4.10", "    narrowing=yes\n").children().get(0).narrowing().orElseThrow();
    assertThat(written.value()).isTrue();
    assertThat(written.isDefault()).isFalse();
  }

  @Test
  void foldsEsnIntoTheEspProposals() {
    assertThat(plain("libreswan-4.10", "    esp=aes256-sha2_256\n").children().get(0).proposals().get(0).value()
        .canonicalText()).isEqualTo("ESP:AES_CBC_256/HMAC_SHA2_256_128/EXT_SEQ*/NO_EXT_SEQ*");
    Proposal esnNo = plain("libreswan-5.3", "    esp=aes_gcm256\n    esn=no\n").children().get(0).proposals().get(0)
        .value().proposals().get(0);
    assertThat(esnNo.canonicalText()).isEqualTo("ESP:AES_GCM_16_256/NO_EXT_SEQ");
    assertThat(esnNo.of(TransformType.ESN).get(0).span().line()).isEqualTo(5);
    assertThat(plain("libreswan-4.10", "").ikeProposals().value().canonicalText()).doesNotContain("EXT_SEQ");
  }

  private static Connection plain(String target, String extra) {
    String conf = "conn vpn\n    left=192.0.2.1\n    right=198.51.100.2\n" + extra;
    return ModelFixtures.connection(ModelFixtures.model(conf, FileKind.IPSEC_CONF, Implementation.LIBRESWAN, target), "vpn");
  }
}
