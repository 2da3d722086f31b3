// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.policy.Policy;
import io.github.ipseclint.model.policy.Profile;

/**
 * The stronger keyword a message names: rated OK (or INFO for classical groups) by every profile,
 * with CNSA 2.0's AES-256/SHA-384/P-384 when that profile is selected.
 */
final class Replacement {
  private Replacement() {}

  /** The keyword to write instead of a transform, in the dialect's spelling. */
  static String forTransform(Transform transform, FrontEnd frontEnd, Policy policy) {
    boolean libreswan = frontEnd == FrontEnd.PLUTO;
    boolean cnsa = policy.profile() == Profile.CNSA2;
    TransformType type = transform.type();
    if (type == TransformType.ENCR) {
      if (transform.algorithm().aead() || transform.ianaName().equals("ENCR_NULL")) {
        return libreswan ? "aes_gcm256" : "aes256gcm16";
      }
      return "aes256";
    }
    if (type.isKeyExchange()) {
      if (type.isAdditionalKeyExchange()) {
        return libreswan ? "ml_kem_1024" : "mlkem1024";
      }
      return libreswan ? (cnsa ? "dh20" : "dh19") : (cnsa ? "ecp384" : "ecp256");
    }
    if (libreswan) {
      return cnsa ? "sha2_384" : "sha2_256";
    }
    boolean derivedPrf = type == TransformType.PRF && transform.origin() == Origin.DERIVED;
    if (type == TransformType.PRF && !derivedPrf) {
      return cnsa ? "prfsha384" : "prfsha256";
    }
    return cnsa ? "sha384" : "sha256";
  }

  /** The additional key exchange that makes a classic group a post-quantum hybrid (RFC 9370). */
  static String hybridPartner(FrontEnd frontEnd, Policy policy) {
    // CNSA 2.0 requires ML-KEM-1024; elsewhere ML-KEM-768 is the common choice (FIPS 203).
    boolean cnsa = policy.profile() == Profile.CNSA2;
    return frontEnd == FrontEnd.PLUTO
        ? (cnsa ? ";addke1=ml_kem_1024" : ";addke1=ml_kem_768")
        : (cnsa ? "-ke1_mlkem1024" : "-ke1_mlkem768");
  }

  /** The next stronger variant of an algorithm the profile already suggests. */
  static String stronger(Transform transform, FrontEnd frontEnd) {
    boolean libreswan = frontEnd == FrontEnd.PLUTO;
    if (transform.type() == TransformType.ENCR) {
      return libreswan ? "aes_gcm256" : "aes256gcm16";
    }
    if (transform.type() == TransformType.PRF && transform.origin() != Origin.DERIVED && !libreswan) {
      return "prfsha384";
    }
    return libreswan ? "sha2_384" : "sha384";
  }

  /** A complete proposal to pin instead of the defaults. */
  static String proposal(Protocol protocol, FrontEnd frontEnd, Policy policy) {
    boolean cnsa = policy.profile() == Profile.CNSA2;
    if (frontEnd == FrontEnd.PLUTO) {
      if (protocol == Protocol.IKE) {
        return cnsa ? "aes_gcm256-sha2_384;dh20" : "aes_gcm256-sha2_256;dh19";
      }
      return protocol == Protocol.ESP ? "aes_gcm256" : (cnsa ? "sha2_384" : "sha2_256");
    }
    String group = cnsa ? "ecp384" : "ecp256";
    String text;
    if (protocol == Protocol.IKE) {
      text = "aes256gcm16-" + (cnsa ? "prfsha384" : "prfsha256") + "-" + group;
    } else if (protocol == Protocol.ESP) {
      text = "aes256gcm16-" + group;
    } else {
      text = (cnsa ? "sha384" : "sha256") + "-" + group;
    }
    return frontEnd == FrontEnd.STROKE ? text + "!" : text;
  }

  /** The option that holds a protocol's proposals in a dialect. */
  static String option(Protocol protocol, FrontEnd frontEnd) {
    if (frontEnd == FrontEnd.SWANCTL) {
      return protocol == Protocol.IKE ? "proposals" : protocol == Protocol.ESP ? "esp_proposals" : "ah_proposals";
    }
    return protocol == Protocol.IKE ? "ike" : protocol == Protocol.ESP ? "esp" : "ah";
  }

  /** "error" reads "is not allowed", "warning" "is weak", "note" "is discouraged". */
  static String judgement(io.github.ipseclint.model.policy.Rating rating) {
    switch (rating) {
      case ERROR:
        return "is not allowed";
      case WARNING:
        return "is weak";
      default:
        return "is discouraged";
    }
  }
}
