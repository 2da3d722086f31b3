// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.parse.crypto.BundledCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Libreswan's default proposals (algorithms.md §3.2, negotiation.md §4.2): one proposal per
 * cipher, each with the PRF (IKE) or integrity (ESP) list and, for IKE, the KE list. The same
 * PRF and KE lists fill the gaps of a written IKE proposal ({@code merge_defaults}).
 */
final class LibreswanDefaults {
  static final TransformNames NAMES = new TransformNames(BundledCatalog.CATALOG, Implementation.LIBRESWAN);

  /** A suite: proposal ciphers (IKE order), PRFs, ESP integrity, KE methods, AH integrity. */
  private record Suite(List<String> ikeCiphers, List<String> espCiphers, String prf, String espInteg,
      String ke, String ah) {}

  private static final Suite LS3 = new Suite(
      List.of("AES_CBC_{256,128}", "3DES"), List.of("AES_CBC_{128,256}"),
      "PRF_HMAC_SHA2_256/PRF_HMAC_SHA2_512/PRF_HMAC_SHA1", "HMAC_SHA1_96", "MODP_2048",
      "HMAC_SHA2_512_256/HMAC_SHA2_256_128/HMAC_SHA1_96");
  private static final Suite LS4 = new Suite(
      List.of("AES_GCM_16_256", "AES_GCM_16_128", "AES_CBC_256", "AES_CBC_128"),
      List.of("AES_GCM_16_256", "AES_GCM_16_128", "AES_CBC_256", "AES_CBC_128"),
      "PRF_HMAC_SHA2_512/PRF_HMAC_SHA2_256", "HMAC_SHA2_512_256/HMAC_SHA2_256_128",
      "MODP_2048/MODP_3072/MODP_4096/MODP_8192/ECP_256/ECP_384/ECP_521/CURVE_25519",
      "HMAC_SHA2_512_256/HMAC_SHA2_256_128/HMAC_SHA1_96");
  /** 5.0 added ChaCha20-Poly1305 and put the EC groups first. */
  private static final Suite LS5 = new Suite(
      List.of("AES_GCM_16_256", "AES_GCM_16_128", "CHACHA20_POLY1305", "AES_CBC_256", "AES_CBC_128"),
      List.of("AES_GCM_16_256", "AES_GCM_16_128", "CHACHA20_POLY1305", "AES_CBC_256", "AES_CBC_128"),
      "PRF_HMAC_SHA2_512/PRF_HMAC_SHA2_256", "HMAC_SHA2_512_256/HMAC_SHA2_256_128",
      "ECP_256/ECP_384/ECP_521/CURVE_25519/MODP_4096/MODP_3072/MODP_2048/MODP_8192",
      "HMAC_SHA2_512_256/HMAC_SHA2_256_128");
  /** IKEv1 (4.15 and 5.x per algorithms.md §3.2; used for every release). */
  private static final Suite IKEV1 = new Suite(
      List.of("AES_CBC_{256,128}", "3DES"),
      List.of("AES_CBC_{128,256}", "AES_GCM_16_128", "AES_GCM_16_256", "3DES"),
      "PRF_HMAC_SHA2_256/PRF_HMAC_SHA2_512/PRF_HMAC_SHA1", "HMAC_SHA1_96/HMAC_SHA2_512_256/HMAC_SHA2_256_128",
      "MODP_2048/MODP_1536/ECP_256/CURVE_25519", "HMAC_SHA1_96/HMAC_SHA2_512_256/HMAC_SHA2_256_128");

  private LibreswanDefaults() {}

  static List<Proposal> of(Target target, Protocol protocol, IkeVersion version, Span span) {
    Suite suite = suite(target, version);
    List<Proposal> proposals = new ArrayList<>();
    if (protocol == Protocol.AH) {
      proposals.add(NAMES.proposal(protocol, suite.ah(), target.version(), ProposalOrigin.DEFAULT, span));
      return proposals;
    }
    for (String cipher : protocol == Protocol.IKE ? suite.ikeCiphers() : suite.espCiphers()) {
      boolean aead = NAMES.transform(cipher, Origin.DEFAULT, span).orElseThrow().algorithm().aead();
      String text = protocol == Protocol.IKE
          ? cipher + "/" + suite.prf() + (aead ? "" : "/" + integFrom(suite.prf())) + "/" + suite.ke()
          : cipher + (aead ? "" : "/" + suite.espInteg());
      proposals.add(NAMES.proposal(protocol, text, target.version(), ProposalOrigin.DEFAULT, span));
    }
    return proposals;
  }

  /** The PRFs filled into a written IKE proposal without one. */
  static List<Transform> prfs(Target target, IkeVersion version, Span span) {
    return transforms(suite(target, version).prf(), target, span);
  }

  /** The KE methods filled into a written IKE proposal without one. */
  static List<Transform> keyExchanges(Target target, IkeVersion version, Span span) {
    return transforms(suite(target, version).ke(), target, span);
  }

  /** The integrity algorithms filled into a written non-AEAD ESP proposal without one. */
  static List<Transform> espIntegrity(Target target, IkeVersion version, Span span) {
    return transforms(suite(target, version).espInteg(), target, span);
  }

  private static List<Transform> transforms(String names, Target target, Span span) {
    return NAMES.proposal(Protocol.IKE, names, target.version(), ProposalOrigin.DEFAULT, span).transforms();
  }

  /** The INTEG list derived from a PRF list (Libreswan proposes INTEG = PRF for non-AEAD IKE). */
  private static String integFrom(String prfs) {
    List<String> integs = new ArrayList<>();
    for (String prf : prfs.split("/")) {
      Optional<String> integ = IntegPrfPairs.integOf(prf);
      integ.ifPresent(name -> integs.add(name.startsWith("AUTH_") ? name.substring(5) : name));
    }
    return String.join("/", integs);
  }

  private static Suite suite(Target target, IkeVersion version) {
    if (version == IkeVersion.IKEV1) {
      return IKEV1;
    }
    VersionBucket bucket = VersionBucket.of(target);
    if (bucket == VersionBucket.LS3) {
      return LS3;
    }
    return bucket.isAtLeast(VersionBucket.LS5) ? LS5 : LS4;
  }
}
