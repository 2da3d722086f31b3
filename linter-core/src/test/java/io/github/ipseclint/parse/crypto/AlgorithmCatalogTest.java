// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ipseclint.model.crypto.Algorithm;
import io.github.ipseclint.model.crypto.AlgorithmCatalog;
import io.github.ipseclint.model.crypto.AvailabilityVerdict;
import io.github.ipseclint.model.crypto.CnsaLevel;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.RfcLevel;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled catalog: the keywords the specs name, every research row, lookups and statuses. */
class AlgorithmCatalogTest {
  private static final AlgorithmCatalog CATALOG = BundledCatalog.CATALOG;
  private static final Path TSV =
      Path.of(System.getProperty("ipseclint.shared", "../../shared"), "data", "algorithms.tsv");

  /** strongSwan keywords of algorithms.md §1 and negotiation.md §1.3. */
  private static final List<String> STRONGSWAN_KEYWORDS = List.of(
      "aes", "aes128", "aes192", "aes256", "aes128gcm16", "aes128gcm", "aes256gcm16", "aes256gcm",
      "aes128gcm12", "aes128gcm8", "aes128gcm64", "aes128gcm96", "aes128gcm128", "camellia", "blowfish",
      "chacha20poly1305", "chacha20poly1305compat", "3des", "sha1", "sha", "sha256", "sha2_256",
      "sha384", "sha512", "sha256_96", "md5", "aesxcbc", "aescmac", "prfsha256", "prfsha384",
      "prfsha512", "prfsha1", "prfaesxcbc", "prfmd5", "modp1024", "modp1536", "modp2048", "modp3072",
      "modp4096", "modp8192", "modp2048s256", "ecp256", "ecp384", "ecp521", "curve25519", "x25519",
      "none", "modpnone", "noesn", "esn", "null", "aes128gmac", "aes256gmac", "mlkem768", "mlkem1024",
      "ntru128");

  /** Libreswan keywords of algorithms.md §1 and negotiation.md §1.3 (lengths written apart are parser forms). */
  private static final List<String> LIBRESWAN_KEYWORDS = List.of(
      "aes", "aes128", "aes256", "aes_gcm", "aes_gcm_16", "aes_gcm_c", "aes_gcm256", "aes_gcm_16_256",
      "aes_gcm_c_256", "aes_gcm_a", "aes_gcm_b", "chacha20_poly1305", "3des", "sha1", "sha", "sha2",
      "sha256", "sha2_256", "sha384", "sha2_384", "sha512", "sha2_512", "sha2_256_128", "sha1_96",
      "aes_xcbc_96", "md5", "modp1024", "modp2048", "dh14", "dh19", "dh20", "dh21", "dh31", "dh2", "dh22",
      "dh23", "dh24", "ecp256", "ecp384", "ecp521", "curve25519", "none", "null", "ml_kem_768",
      "ml_kem_1024", "ml_kem_512");

  @Test
  void coversEveryKeywordTheSpecsName() {
    List<String> missing = new ArrayList<>();
    STRONGSWAN_KEYWORDS.stream().filter(k -> CATALOG.lookup(Implementation.STRONGSWAN, k).isEmpty())
        .forEach(k -> missing.add("strongswan " + k));
    LIBRESWAN_KEYWORDS.stream().filter(k -> CATALOG.lookup(Implementation.LIBRESWAN, k).isEmpty()
            && !isLengthForm(k))
        .forEach(k -> missing.add("libreswan " + k));
    assertThat(missing).isEmpty();
  }

  /** {@code aes_gcm_c_256}: a name ending in a digit with its length after '_', resolved by the parser. */
  private static boolean isLengthForm(String keyword) {
    String base = keyword.replaceAll("_?[0-9]+$", "");
    return !CATALOG.lookup(Implementation.LIBRESWAN, base).isEmpty();
  }

  @Test
  void holdsEveryRowOfTheResearchTable() throws IOException {
    assumeTrue(Files.exists(TSV), "shared data not present: " + TSV);
    List<String> lines = Files.readAllLines(TSV);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    List<String> missing = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      String keyword = cells[header.indexOf("keyword")];
      String implementation = cells[header.indexOf("implementation")];
      String type = cells[header.indexOf("transform_type")];
      for (Implementation each : Implementation.values()) {
        if (!implementation.equals("both") && !implementation.equals(each.label())) {
          continue;
        }
        boolean found = type.equals("META")
            ? CATALOG.syntax().stream().anyMatch(s -> s.keyword().equals(keyword) && s.implementation() == each)
            : CATALOG.lookup(each, keyword).stream()
                .anyMatch(a -> a.type().name().equals(type.replace(" (sn=)", "")));
        if (!found) {
          missing.add(each.label() + " " + keyword + " " + type);
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(lines).hasSize(328);
  }

  @Test
  void oneKeywordCanHaveSeveralTypes() {
    assertThat(CATALOG.lookup(Implementation.LIBRESWAN, "SHA2")).extracting(Algorithm::type)
        .containsExactlyInAnyOrder(TransformType.INTEG, TransformType.PRF);
    assertThat(CATALOG.lookup(Implementation.STRONGSWAN, "aes128gmac")).extracting(Algorithm::type)
        .containsExactlyInAnyOrder(TransformType.ENCR, TransformType.INTEG);
    assertThat(CATALOG.lookup(Implementation.STRONGSWAN, "AES128")).isEmpty();
  }

  @Test
  void typedStatusesAndAvailability() {
    Algorithm modp1024 = CATALOG.lookup(Implementation.LIBRESWAN, "modp1024", TransformType.KE).orElseThrow();
    assertThat(modp1024.ratings().rfc8247().level()).isEqualTo(RfcLevel.SHOULD_NOT);
    assertThat(modp1024.ratings().nist().disallowedAfter()).hasValue(2013);
    assertThat(modp1024.availability().in(Version.of(3, 29))).isEqualTo(AvailabilityVerdict.AVAILABLE);
    assertThat(modp1024.availability().in(Version.of(5, 4))).isEqualTo(AvailabilityVerdict.NOT_BUILT_BY_DEFAULT);

    Algorithm aes256 = CATALOG.lookup(Implementation.STRONGSWAN, "aes256", TransformType.ENCR).orElseThrow();
    assertThat(aes256.ratings().cnsa().level()).isEqualTo(CnsaLevel.APPROVED);
    assertThat(aes256.ratings().bsi().beyondHorizon()).isTrue();
    assertThat(aes256.ianaId()).hasValue(12);

    Algorithm ntru = CATALOG.lookup(Implementation.STRONGSWAN, "ntru128", TransformType.KE).orElseThrow();
    assertThat(ntru.availability().in(new Version(6, 0, 0))).isEqualTo(AvailabilityVerdict.REMOVED);
    assertThat(ntru.ianaId()).isEmpty();

    Algorithm ccm = CATALOG.lookup(Implementation.LIBRESWAN, "aes_ccm", TransformType.ENCR).orElseThrow();
    assertThat(ccm.usage().allows(Protocol.IKE, IkeVersion.IKEV2)).isFalse();
    assertThat(ccm.usage().allows(Protocol.ESP, IkeVersion.IKEV2)).isTrue();
  }
}
