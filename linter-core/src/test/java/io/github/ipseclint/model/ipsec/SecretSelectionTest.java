// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import static io.github.ipseclint.model.ipsec.SecretsFixtures.id;
import static io.github.ipseclint.model.ipsec.SecretsFixtures.keyText;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.FindingSink;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * formats.md §4.4 and §6.4, negotiation.md §10.3. The secret values are test data; they appear
 * in assertions only, production code never shows them.
 */
class SecretSelectionTest {
  private static final String P28 = SecretsFixtures.resource("secrets/p28-selection.strongswan-ipsec.secrets");

  private static Optional<String> pick(List<Secret> secrets, Implementation implementation, String local,
      String remote) {
    return SecretSelection.of(implementation)
        .select(secrets, SecretType.IKE_PSK, id(local, implementation), id(remote, implementation))
        .map(choice -> keyText(choice.secret()));
  }

  @ParameterizedTest(name = "{0} - {1}: libreswan {2}, strongswan {3}")
  @CsvSource({
      "@a, @b, AB, AB",
      "@b, @a, AB, AB",
      "@a, @c, A, ANYB",
      "@c, @b, ANYB, ANYB",
      "@c, @a, D, AB",
      "@z, @z, D, ANYB",
      "@x, @y, XY1, XY2"})
  void picksTheSecretOfTheSevenEntryTable(String local, String remote, String libreswan, String strongswan) {
    assertThat(pick(SecretsFixtures.secrets(P28, Implementation.LIBRESWAN), Implementation.LIBRESWAN, local, remote))
        .contains(libreswan);
    assertThat(pick(SecretsFixtures.secrets(P28, Implementation.STRONGSWAN), Implementation.STRONGSWAN, local,
        remote)).contains(strongswan);
  }

  @Test
  void reportsTheCandidatesTheChosenSecretBeat() {
    List<Secret> secrets = SecretsFixtures.secrets(P28, Implementation.STRONGSWAN);
    SecretChoice choice = SecretSelection.of(Implementation.STRONGSWAN)
        .select(secrets, SecretType.IKE_PSK, id("@a", Implementation.STRONGSWAN), id("@c", Implementation.STRONGSWAN))
        .orElseThrow();
    assertThat(choice.chosen().primary()).isEqualTo(1);
    assertThat(choice.beaten()).extracting(match -> keyText(match.secret())).containsExactly("D", "AB", "A");

    List<Secret> libreswan = SecretsFixtures.secrets(P28, Implementation.LIBRESWAN);
    SecretChoice tie = SecretSelection.of(Implementation.LIBRESWAN)
        .select(libreswan, SecretType.IKE_PSK, id("@z", Implementation.LIBRESWAN), id("@z", Implementation.LIBRESWAN))
        .orElseThrow();
    assertThat(tie.beaten()).extracting(match -> keyText(match.secret())).containsExactly("ANYB");
  }

  @Test
  void libreswanIgnoresALocalOnlyMatchOnATwoIndexLine() {
    List<Secret> secrets = SecretsFixtures.secrets("@a @x : PSK \"s\"\n", Implementation.LIBRESWAN);
    assertThat(pick(secrets, Implementation.LIBRESWAN, "@a", "@b")).isEmpty();
    List<Secret> strongswan = SecretsFixtures.secrets("@a @x : PSK \"s\"\n", Implementation.STRONGSWAN);
    assertThat(pick(strongswan, Implementation.STRONGSWAN, "@a", "@b")).contains("s");
  }

  @Test
  void readsTheDnSelectorOfP27InBothDaemons() {
    for (Implementation implementation : Implementation.values()) {
      String text = SecretsFixtures.resource("secrets/p27-dn-selector." + implementation.label() + "-ipsec.secrets");
      List<Secret> secrets = SecretsFixtures.secrets(text, implementation);
      assertThat(secrets).hasSize(1);
      assertThat(secrets.get(0).owners()).extracting(Identity::type)
          .containsExactly(IdentityType.DER_ASN1_DN, IdentityType.FQDN);
      assertThat(pick(secrets, implementation, "C=ch,O=x", "@b")).contains("dn");
      assertThat(pick(secrets, implementation, "@b", "C = CH,  O = x")).contains("dn");
    }
  }

  @Test
  void strongswanExampleLookupsFollowTheReadme() {
    List<Secret> secrets = SecretsFixtures.secrets(
        SecretsFixtures.resource("secrets/example.strongswan-ipsec.secrets"), Implementation.STRONGSWAN);
    assertThat(secrets).extracting(SecretsFixtures::keyText)
        .containsExactly("default-for-everyone", "he said \"hi\"", "plain#text", "secret-d", "back\\slash");
    assertThat(pick(secrets, Implementation.STRONGSWAN, "@gw-a.example.org", "@gw-b.example.org"))
        .contains("he said \"hi\"");
    assertThat(pick(secrets, Implementation.STRONGSWAN, "@gw-c.example.org", "@x")).contains("default-for-everyone");
  }

  @Test
  void libreswanExampleLoadsTheReadmeRecords() {
    List<Secret> secrets = SecretsFixtures.secrets(
        SecretsFixtures.resource("secrets/example.libreswan-ipsec.secrets"), Implementation.LIBRESWAN);
    assertThat(secrets).extracting(SecretsFixtures::keyText).containsExactly("default-for-everyone",
        "he said \"hi\"", "plain#text kept with spaces", "secret-d", "short");
    assertThat(secrets.get(2).owners()).extracting(owner -> owner.written().value().latin1())
        .containsExactly("@gw-c.example.org", "@gw-c2.example.org");
    assertThat(pick(secrets, Implementation.LIBRESWAN, "@gw-a.example.org", "@gw-b.example.org"))
        .contains("he said \"hi\"");
    // pluto compares names ignoring case and trailing dots; one index alone would be unusable.
    assertThat(pick(secrets, Implementation.LIBRESWAN, "@GW-C2.example.org.", "@gw-c.example.org")).contains(
        "plain#text kept with spaces");
    assertThat(pick(secrets, Implementation.LIBRESWAN, "@gw-c2.example.org", "@other"))
        .contains("default-for-everyone");
    assertThat(pick(secrets, Implementation.LIBRESWAN, "@gw-e.example.org", "@x")).contains("default-for-everyone");
  }

  @Test
  void swanctlExampleSecretsFollowTheReadme() {
    FindingSink sink = new FindingSink();
    List<Secret> secrets = SecretsFixtures.swanctl(SecretsFixtures.resource("settings/example.swanctl.conf"), sink);
    assertThat(sink.findings()).isEmpty();
    assertThat(secrets).extracting(Secret::type).containsExactly(SecretType.IKE_PSK, SecretType.IKE_PSK);
    assertThat(keyText(secrets.get(0))).isEqualTo("pa ss#word with \"quotes\" and a backslash \\");
    assertThat(secrets.get(1).key().orElseThrow().copyOfBytes())
        .containsExactly(0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef);
    assertThat(pick(secrets, Implementation.STRONGSWAN, "@gw-a.example.org", "@gw-b.example.org"))
        .contains("pa ss#word with \"quotes\" and a backslash \\");
  }

  @Test
  void strongswanScoresWildcardsSubnetsAndRanges() {
    List<Secret> secrets = SecretsFixtures.secrets(String.join("\n",
        "*.example.org : PSK star",
        "gw.example.org : PSK exact",
        "10.0.0.0/8 : PSK subnet",
        "0.0.0.0/0 : PSK all",
        "\"C=CH, O=*, CN=*\" : PSK dn2",
        "\"C=CH, O=x, CN=*\" : PSK dn1",
        ""), Implementation.STRONGSWAN);
    assertThat(pick(secrets, Implementation.STRONGSWAN, "@me", "@GW.example.org")).contains("exact");
    assertThat(pick(secrets, Implementation.STRONGSWAN, "@me", "a.b.example.org")).contains("star");
    assertThat(pick(secrets, Implementation.STRONGSWAN, "@me", "10.1.2.3")).contains("subnet");
    assertThat(pick(secrets, Implementation.STRONGSWAN, "@me", "192.0.2.1")).contains("all");
    assertThat(pick(secrets, Implementation.STRONGSWAN, "@me", "C=CH, O=x, CN=gw")).contains("dn1");
    assertThat(pick(secrets, Implementation.STRONGSWAN, "@me", "C=CH, O=y, CN=gw")).contains("dn2");
    assertThat(pick(secrets, Implementation.STRONGSWAN, "@me", "@example.org")).isEmpty();
  }

  @Test
  void strongswanReplacesARepeatedEntry() {
    List<Secret> secrets = SecretsFixtures.secrets("@a : PSK one\n@b : PSK two\n@a : PSK one\n",
        Implementation.STRONGSWAN);
    assertThat(secrets).extracting(SecretsFixtures::keyText).containsExactly("two", "one");
    assertThat(secrets).extracting(Secret::loadIndex).containsExactly(0, 1);
  }

  @Test
  void strongswanServesXauthWithEapPasswords() {
    List<Secret> secrets = SecretsFixtures.secrets("carol : EAP pw\n", Implementation.STRONGSWAN);
    assertThat(SecretSelection.of(Implementation.STRONGSWAN).select(secrets, SecretType.XAUTH,
        id("gw", Implementation.STRONGSWAN), id("carol", Implementation.STRONGSWAN))).isPresent();
  }
}
