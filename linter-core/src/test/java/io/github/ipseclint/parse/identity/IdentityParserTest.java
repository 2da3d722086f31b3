// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.BinaryIdentity;
import io.github.ipseclint.model.ipsec.DnIdentity;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IdentityType;
import io.github.ipseclint.model.ipsec.NameIdentity;
import io.github.ipseclint.model.ipsec.SubnetIdentity;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** formats.md §4.2 (strongSwan) and §6.2 (Libreswan): which text becomes which identity. */
class IdentityParserTest {
  private static final SourceFile FILE = SourceFile.inMemory("ids", "0123456789");
  private static final Span SPAN = FILE.span(2, 7);

  private static Located<ByteText> text(String text) {
    return new Located<>(new ByteText(text), SPAN);
  }

  private static Identity strongswan(String text) {
    return StrongswanIdentityParser.parse(text(text));
  }

  private static ParsedIdentity libreswan(String text) {
    return LibreswanIdentityParser.parse(text(text));
  }

  @ParameterizedTest(name = "strongSwan reads ''{0}'' as {1}")
  @CsvSource(delimiter = '|', value = {
      "%any | ANY", "%any6 | ANY", "0.0.0.0 | ANY", "'::' | ANY", "0::0 | ANY", "* | ANY", "'' | ANY",
      "192.0.2.1 | IPV4_ADDR", "2001:db8::1 | IPV6_ADDR", "::ffff:192.0.2.1 | IPV6_ADDR",
      "10.0.0.0/8 | IPV4_ADDR_SUBNET", "2001:db8::/32 | IPV6_ADDR_SUBNET",
      "10.0.0.1-10.0.0.9 | IPV4_ADDR_RANGE", "2001:db8::1-2001:db8::9 | IPV6_ADDR_RANGE",
      "vpn.example.org | FQDN", "@vpn.example.org | FQDN", "*.example.org | FQDN", "192.0.2.300 | FQDN",
      "010.0.0.1 | FQDN", "user@example.org | USER_FQDN", "@@user | USER_FQDN",
      "@#0123ab | KEY_ID", "'C=CH, O=x' | DER_ASN1_DN", "/C=CH/O=x | DER_ASN1_DN",
      "XY=1 | KEY_ID", "a:b:c:z | KEY_ID",
      "IPV4:192.0.2.1 | IPV4_ADDR", "ipv4net:10.0.0.0/8 | IPV4_ADDR_SUBNET", "fqdn:192.0.2.1 | FQDN",
      "email:x | USER_FQDN", "keyid:#00ff | KEY_ID", "uri:http://x | URI", "asn1dn:#3000 | DER_ASN1_DN",
      "dns:a=b | FQDN", "@a=b | KEY_ID"})
  void strongswanTypes(String text, IdentityType type) {
    Identity identity = strongswan(text);
    assertThat(identity.type()).isEqualTo(type);
    assertThat(identity.span()).isEqualTo(SPAN);
    assertThat(identity.written().value()).isEqualTo(new ByteText(text));
  }

  @Test
  void strongswanStripsTheAtAndDecodesHexKeyIds() {
    assertThat(((NameIdentity) strongswan("@vpn.example.org")).name()).isEqualTo(new ByteText("vpn.example.org"));
    assertThat(((NameIdentity) strongswan("@@user")).name()).isEqualTo(new ByteText("user"));
    assertThat(((BinaryIdentity) strongswan("@#0123ab")).encoding().bytes()).containsExactly(0x01, 0x23, 0xab);
    assertThat(((NameIdentity) strongswan("*.example.org")).hasLeadingWildcard()).isTrue();
    SubnetIdentity subnet = (SubnetIdentity) strongswan("10.1.2.3/16");
    assertThat(subnet.prefixLength()).isEqualTo(16);
    assertThat(subnet.network().toString()).isEqualTo("10.1.2.3");
  }

  @Test
  void distinguishedNamesIgnoreBlanksAndAttributeCase() {
    DnIdentity dn = (DnIdentity) strongswan("  c = CH ,o=Example Org ,  CN=gw-a  ");
    assertThat(dn.dn().toString()).isEqualTo("C=CH, O=Example Org, CN=gw-a");
    DnIdentity other = (DnIdentity) strongswan("C=ch, O=example org, cn=GW-A");
    assertThat(dn.dn().sameAs(other.dn())).isTrue();
    DnIdentity reordered = (DnIdentity) strongswan("O=Example Org, C=CH, CN=gw-a");
    assertThat(dn.dn().sameAs(reordered.dn())).isFalse();
    DnIdentity utf8 = (DnIdentity) strongswan("CN=gw_a");
    assertThat(utf8.dn().sameAs(((DnIdentity) strongswan("CN=GW_A")).dn())).isFalse();
    assertThat(((DnIdentity) strongswan("E=A@x.org")).dn().sameAs(((DnIdentity) strongswan("email=a@X.org")).dn()))
        .isTrue();
    assertThat(((DnIdentity) strongswan("C=CH, CN=*")).dn().hasWildcards()).isTrue();
  }

  @ParameterizedTest(name = "Libreswan reads ''{0}'' as {1}")
  @CsvSource(delimiter = '|', value = {
      "%any | ANY", "%any6 | ANY", "0.0.0.0 | IPV4_ADDR", "'::' | IPV6_ADDR", "192.0.2.1 | IPV4_ADDR",
      "2001:db8::1 | IPV6_ADDR", "@vpn.example.org | FQDN", "user@example.org | USER_FQDN",
      "@#0123ab | KEY_ID", "'C=CH, O=x' | DER_ASN1_DN",
      "vpn.example.org | UNRESOLVED_HOSTNAME", "10.0.0.0/8 | UNRESOLVED_HOSTNAME", "* | UNRESOLVED_HOSTNAME"})
  void libreswanTypes(String text, IdentityType type) {
    Identity identity = libreswan(text).identity().orElseThrow();
    assertThat(identity.type()).isEqualTo(type);
    assertThat(identity.span()).isEqualTo(SPAN);
  }

  @Test
  void libreswanRejectsWhatAtoidRejects() {
    assertThat(libreswan("@#0x1").problem()).isPresent();
    assertThat(libreswan("@#123").problem()).isPresent();
    assertThat(libreswan("XY=1").problem()).isPresent();
    assertThat(libreswan("%fromcert").problem()).isPresent();
  }

  @Test
  void libreswanAddressesAreLiteralOnly() {
    AddressIdentity address = (AddressIdentity) libreswan("192.0.2.1").identity().orElseThrow();
    assertThat(address.address().toString()).isEqualTo("192.0.2.1");
    assertThat(address.address().isUnspecified()).isFalse();
    assertThat(libreswan("localhost").identity().orElseThrow().type()).isEqualTo(IdentityType.UNRESOLVED_HOSTNAME);
  }
}
