// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.CertificateIdentity;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpsecModel;
import io.github.ipseclint.model.ipsec.Orientation;
import io.github.ipseclint.model.ipsec.Provenance;
import io.github.ipseclint.model.ipsec.StartAction;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StrokeConverterTest {
  private static final String CONF = """
      conn %default
          ikelifetime=2h
      conn base
          leftsubnet=10.1.0.0/16,10.3.0.0/16[tcp/80]
      conn office
          also=base
          left=192.0.2.1
          right=198.51.100.2
          rightsubnet=10.2.0.0/16
          rightprotoport=udp/500
          leftsourceip=%config
          auto=start
      conn server
          left=192.0.2.1
          leftcert=gw.pem
          right=%any
          rightsourceip=10.9.0.0/24
          authby=xauthpsk
          auto=add
      conn broken
          left=192.0.2.1
          right=192.0.2.3
          lifetime=2x
          auto=add
      """;

  private static IpsecModel model(String... hosts) {
    return ModelFixtures.model(CONF, FileKind.IPSEC_CONF, Implementation.STRONGSWAN, "strongswan-6.0.6", hosts);
  }

  @Test
  void appliesStrokeDefaultsAndMarksThem() {
    Connection office = ModelFixtures.connection(model(), "office");
    assertThat(office.version().value()).isEqualTo(IkeVersion.ANY);
    assertThat(office.version().isDefault()).isTrue();
    assertThat(office.version().span().line()).isEqualTo(5);
    assertThat(office.ikeProposals().isDefault()).isTrue();
    assertThat(office.ikeProposals().value().proposals()).isNotEmpty();
    assertThat(office.mobike().value()).isTrue();
    assertThat(office.dpd().enabled()).isFalse();
    assertThat(office.local().auth().get(0).method().value()).isEqualTo(AuthMethod.PUBKEY);
    Child child = office.children().get(0);
    assertThat(child.lifetimes().life().value()).isEqualTo(Duration.ofHours(1));
    assertThat(child.lifetimes().rekey().value()).isEqualTo(Duration.ofMinutes(51));
    assertThat(child.startAction().value()).isEqualTo(StartAction.START);
  }

  @Test
  void inheritedValuesPointAtTheDefaultLine() {
    Connection office = ModelFixtures.connection(model(), "office");
    // reauth=yes is stroke's default: the soft time 2h - 9m is a reauthentication.
    assertThat(office.ikeLifetimes().reauth().value()).isEqualTo(Duration.ofMinutes(111));
    assertThat(office.ikeLifetimes().rekey().value()).isZero();
    assertThat(office.ikeLifetimes().reauth().provenance().kind()).isEqualTo(Provenance.Kind.INHERITED_DEFAULT);
    assertThat(office.ikeLifetimes().reauth().span().line()).isEqualTo(2);
  }

  @Test
  void alsoValuesKeepTheirSourceAndSeveralSubnetsWithProtocolAndPort() {
    Connection office = ModelFixtures.connection(model(), "office");
    Child child = office.children().get(0);
    assertThat(child.localTs().provenance().label()).isEqualTo("also=base");
    assertThat(child.localTs().span().line()).isEqualTo(4);
    assertThat(child.localTs().value()).extracting(TrafficSelector::toString)
        .containsExactly("10.1.0.0/16", "10.3.0.0/16[6/80]");
    assertThat(child.remoteTs().value()).extracting(TrafficSelector::toString).containsExactly("10.2.0.0/16[17/500]");
    assertThat(office.vipRequests().value()).hasSize(1);
    assertThat(office.vipRequests().value().get(0).address()).isEmpty();
  }

  @Test
  void defaultIdsAreTheAddressesOrTheCertificateSubject() {
    IpsecModel model = model();
    Connection office = ModelFixtures.connection(model, "office");
    assertThat(office.local().id().value()).isInstanceOf(AddressIdentity.class);
    assertThat(office.local().id().isDefault()).isTrue();
    assertThat(office.remote().id().value().toString()).contains("198.51.100.2");
    Connection server = ModelFixtures.connection(model, "server");
    assertThat(server.local().id().value()).isInstanceOf(CertificateIdentity.class);
  }

  @Test
  void assumesLeftIsLocalUnlessAHostAddressSaysOtherwise() {
    assertThat(ModelFixtures.connection(model(), "office").orientation().basis())
        .isEqualTo(Orientation.Basis.ASSUMED_LEFT);
    Connection swapped = ModelFixtures.connection(model("198.51.100.2"), "office");
    assertThat(swapped.orientation().local()).isEqualTo(Orientation.End.RIGHT);
    assertThat(swapped.orientation().basis()).isEqualTo(Orientation.Basis.RIGHT_IS_HOST_ADDRESS);
    assertThat(swapped.local().addresses().value().get(0).isAddress(
        io.github.ipseclint.parse.identity.IpLiteral.parse("198.51.100.2").orElseThrow())).isTrue();
    assertThat(swapped.children().get(0).localTs().value()).extracting(TrafficSelector::toString)
        .containsExactly("10.2.0.0/16[17/500]");
  }

  @Test
  void templatesAndConnsStarterDropsAreNotConnections() {
    IpsecModel model = model();
    assertThat(model.connections()).extracting(Connection::name).containsExactly("office", "server");
    assertThat(model.notConverted()).anyMatch(line -> line.contains("'base' is a template"));
    // starter itself refuses 'lifetime=2x' (# bad duration value), so the conn never reaches charon.
    assertThat(model.notConverted()).anyMatch(line -> line.contains("broken"));
    Connection server = ModelFixtures.connection(model, "server");
    assertThat(server.children().get(0).lifetimes().life().isDefault()).isTrue();
    assertThat(server.pools().value().get(0).ranges().get(0).toString()).isEqualTo("10.9.0.0/24");
    assertThat(server.remote().addresses().value().get(0)).isInstanceOf(HostAddress.Any.class);
    assertThat(server.local().auth()).extracting(round -> round.method().value())
        .containsExactly(AuthMethod.PSK, AuthMethod.XAUTH);
    assertThat(server.children().get(0).startAction().value()).isEqualTo(StartAction.NONE);
  }

  @Test
  void authAnyAcceptsEveryMethodFromThePeerAndSignsWithAPublicKeyItself() {
    IpsecModel model = ModelFixtures.model("""
        conn home
            left=192.0.2.1
            leftauth=any
            right=192.0.2.2
            rightauth=any
            authby=secret
        """, FileKind.IPSEC_CONF, Implementation.STRONGSWAN, "strongswan-5.9.8");
    Connection home = ModelFixtures.connection(model, "home");
    assertThat(home.remote().auth().get(0).method().value()).isEqualTo(AuthMethod.ANY);
    assertThat(home.remote().auth().get(0).method().span().line()).isEqualTo(5);
    assertThat(home.local().auth().get(0).method().value()).isEqualTo(AuthMethod.PUBKEY);
    assertThat(AuthMethod.ANY.accepts(AuthMethod.EAP)).isTrue();
    assertThat(AuthMethod.PUBKEY.accepts(AuthMethod.PSK)).isFalse();
  }

  @Test
  void sourceIpsIpseclintCannotReadStandForAnUnknownRequestAndAnUnknownPool() {
    IpsecModel model = ModelFixtures.model("""
        conn home
            left=192.0.2.1
            leftsourceip=PH_IP_CAROL1
            right=192.0.2.2
            rightsourceip=PH_IP_DAVE1
        conn plain
            left=192.0.2.1
            right=192.0.2.2
            rightsourceip=
        """, FileKind.IPSEC_CONF, Implementation.STRONGSWAN, "strongswan-5.9.8");
    Connection home = ModelFixtures.connection(model, "home");
    assertThat(home.vipRequests().value()).singleElement()
        .satisfies(request -> assertThat(request.address()).isEmpty());
    assertThat(home.vipRequests().span().line()).isEqualTo(3);
    assertThat(home.pools().value()).singleElement().satisfies(pool -> assertThat(pool.ranges()).isEmpty());
    Connection plain = ModelFixtures.connection(model, "plain");
    assertThat(plain.pools().value()).isEmpty();
    assertThat(plain.vipRequests().value()).isEmpty();
  }
}
