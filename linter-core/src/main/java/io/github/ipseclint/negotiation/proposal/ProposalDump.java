// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.proposal;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.target.VersionBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Proposals as the daemons' log lines print them: strongSwan's {@code received proposals:} and
 * {@code selected proposal:}, Libreswan's remote proposal list (negotiation.md §3.2, with the 4.x
 * spellings the Debian 12 runs show) and its {@code xfrm=} text.
 */
public final class ProposalDump {

  private ProposalDump() {}

  /** The proposal without key exchange transforms, as both daemons send and select ESP in IKE_AUTH. */
  public static Proposal withoutKeyExchange(Proposal proposal) {
    List<Transform> kept = proposal.transforms().stream().filter(t -> !t.type().isKeyExchange()).toList();
    return new Proposal(proposal.protocol(), kept, proposal.origin(), proposal.span(), proposal.rejection());
  }

  /** {@code ESP:AES_CBC_128/AES_CBC_256/HMAC_SHA2_256_128/NO_EXT_SEQ, ESP:...}: one wire transform per key length. */
  public static String strongswan(List<Proposal> proposals) {
    return proposals.stream().map(ProposalDump::strongswan).collect(Collectors.joining(", "));
  }

  public static String strongswan(Proposal proposal) {
    return proposal.protocol() + ":" + WireTransform.of(proposal.transforms()).stream()
        .map(wire -> Transform.canonicalName(wire.transform().type(), wire.transform().algorithm(),
            wire.keyBits() == 0 ? List.of() : List.of(wire.keyBits())))
        .collect(Collectors.joining("/"));
  }

  /**
   * pluto's dump of received proposals: {@code 1:ESP:ENCR=AES_GCM_16_256;ESN=YES 2:...}, the
   * transforms in the order the peer sent them, {@code [first-match]} after the chosen one.
   */
  public static String libreswanRemote(List<Proposal> proposals, VersionBucket bucket, Optional<Integer> chosen) {
    List<String> dumped = new ArrayList<>();
    for (int i = 0; i < proposals.size(); i++) {
      Proposal proposal = proposals.get(i);
      String transforms = WireTransform.of(proposal.transforms()).stream()
          .map(wire -> slot(wire.transform().type()) + "=" + libreswanName(wire, bucket))
          .collect(Collectors.joining(";"));
      int index = i;
      dumped.add((i + 1) + ":" + proposal.protocol() + ":" + transforms
          + (chosen.filter(c -> c == index).isPresent() ? "[first-match]" : ""));
    }
    return String.join(" ", dumped);
  }

  /**
   * pluto's chosen proposal: {@code ESP=AES_CBC_256-HMAC_SHA2_256_128-DISABLED} (4.x) or
   * {@code ...-ESN:NO} (5.x).
   */
  public static String libreswanChosen(Proposal suite, VersionBucket bucket) {
    List<String> parts = new ArrayList<>();
    for (WireTransform wire : WireTransform.of(suite.transforms())) {
      String name = libreswanName(wire, bucket);
      boolean esnFive = wire.transform().type() == TransformType.ESN && bucket.isAtLeast(VersionBucket.LS5);
      parts.add(esnFive ? "ESN:" + name : name);
    }
    return suite.protocol() + "=" + String.join("-", parts);
  }

  /** The {@code xfrm=} of an established SA: {@code AES_GCM_16_256-NONE}, {@code AES_CBC_256-HMAC_SHA2_256_128}. */
  public static String libreswanXfrm(Proposal suite) {
    String encryption = suite.of(TransformType.ENCR).stream().findFirst().map(Transform::canonicalName).orElse("NONE");
    String integrity = suite.of(TransformType.INTEG).stream().findFirst().map(Transform::canonicalName).orElse("NONE");
    return encryption + "-" + integrity;
  }

  /** The first wire transform of each of ENCR and INTEG, {@code AES_CBC_256-HMAC_SHA2_256_128}, as pluto names an offer. */
  public static String libreswanFirst(Proposal proposal) {
    List<String> parts = new ArrayList<>();
    for (TransformType type : List.of(TransformType.ENCR, TransformType.INTEG)) {
      WireTransform.of(proposal.of(type)).stream().findFirst()
          .ifPresent(wire -> parts.add(Transform.canonicalName(type, wire.transform().algorithm(),
              wire.keyBits() == 0 ? List.of() : List.of(wire.keyBits()))));
    }
    return String.join("-", parts);
  }

  /** A DH group as pluto prints it outside proposal dumps: {@code MODP2048}, {@code DH19}, {@code DH31}. */
  public static String libreswanGroup(Transform group) {
    String name = group.canonicalName();
    switch (name) {
      case "ECP_256":
        return "DH19";
      case "ECP_384":
        return "DH20";
      case "ECP_521":
        return "DH21";
      case "CURVE_25519":
        return "DH31";
      default:
        return name.replace("MODP_", "MODP");
    }
  }

  /** True when the suite selected extended sequence numbers. */
  public static boolean selectsEsn(Proposal suite) {
    return suite.of(TransformType.ESN).stream().anyMatch(t -> t.ianaName().equals("EXT_SEQ"));
  }

  private static String slot(TransformType type) {
    if (type.isAdditionalKeyExchange()) {
      return "ADDKE" + type.round();
    }
    return type == TransformType.KE ? "DH" : type.name();
  }

  /** Libreswan's transform names: 4.x {@code AES_GCM_C_256}, {@code ESN=DISABLED}; DH groups as {@code MODP2048}. */
  private static String libreswanName(WireTransform wire, VersionBucket bucket) {
    Transform transform = wire.transform();
    boolean four = !bucket.isAtLeast(VersionBucket.LS5);
    if (transform.type() == TransformType.ESN) {
      boolean yes = transform.ianaName().equals("EXT_SEQ");
      return four ? (yes ? "ENABLED" : "DISABLED") : (yes ? "YES" : "NO");
    }
    String name = Transform.canonicalName(transform.type(), transform.algorithm(),
        wire.keyBits() == 0 ? List.of() : List.of(wire.keyBits()));
    if (transform.type() == TransformType.PRF && name.startsWith("PRF_")) {
      return name.substring(4);
    }
    if (transform.type().isKeyExchange()) {
      return name.replace("MODP_", "MODP").replace("CURVE_", "CURVE");
    }
    if (four && name.startsWith("AES_GCM_")) {
      return name.replace("AES_GCM_16_", "AES_GCM_C_").replace("AES_GCM_12_", "AES_GCM_B_")
          .replace("AES_GCM_8_", "AES_GCM_A_");
    }
    return name;
  }
}
