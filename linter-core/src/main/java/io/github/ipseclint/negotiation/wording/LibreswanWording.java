// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.wording;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.target.VersionBucket;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How pluto prints groups and proposals (negotiation.md §3.2, §6.2). Groups have two styles: the
 * algorithm style of its own algorithm objects ({@code DH19}, {@code MODP2048}) and the enum
 * style of received numbers ({@code ECP_256}, {@code CURVE25519}); MODP groups look alike in both.
 * Proposal dumps spell AES-GCM {@code AES_GCM_C_256} and ESN {@code DISABLED} in 4.x,
 * {@code AES_GCM_16_256} and {@code NO} in 5.x.
 */
public final class LibreswanWording {
  private static final Map<Integer, String> ENUM_GROUPS = Map.ofEntries(
      Map.entry(0, "NONE"), Map.entry(1, "MODP768"), Map.entry(2, "MODP1024"), Map.entry(5, "MODP1536"),
      Map.entry(14, "MODP2048"), Map.entry(15, "MODP3072"), Map.entry(16, "MODP4096"),
      Map.entry(17, "MODP6144"), Map.entry(18, "MODP8192"), Map.entry(19, "ECP_256"),
      Map.entry(20, "ECP_384"), Map.entry(21, "ECP_521"), Map.entry(22, "DH22"), Map.entry(23, "DH23"),
      Map.entry(24, "DH24"), Map.entry(25, "ECP_192"), Map.entry(26, "ECP_224"),
      Map.entry(27, "BRAINPOOL_P224R1"), Map.entry(28, "BRAINPOOL_P256R1"),
      Map.entry(29, "BRAINPOOL_P384R1"), Map.entry(30, "BRAINPOOL_P512R1"), Map.entry(31, "CURVE25519"),
      Map.entry(32, "CURVE448"), Map.entry(35, "ML_KEM_512"), Map.entry(36, "ML_KEM_768"),
      Map.entry(37, "ML_KEM_1024"));
  private static final Map<TransformType, String> DUMP_TYPES = new EnumMap<>(Map.of(
      TransformType.ENCR, "ENCR", TransformType.INTEG, "INTEG", TransformType.PRF, "PRF",
      TransformType.KE, "DH", TransformType.ESN, "ESN"));
  /** The order pluto emits transform types in; charon emits INTEG before PRF. */
  private static final List<TransformType> PLUTO_ORDER = List.of(TransformType.ENCR, TransformType.PRF,
      TransformType.INTEG, TransformType.KE);

  private LibreswanWording() {}

  /** {@code DH19}, {@code MODP2048}: how pluto names its own groups. */
  public static String group(Transform group) {
    int id = group.algorithm().ianaId().orElse(-1);
    if (id >= 19 && id <= 24 || id == 31 || id == 32) {
      return "DH" + id;
    }
    return enumGroup(group);
  }

  /** {@code ECP_256}, {@code CURVE25519}, {@code MODP2048}: how pluto names a received group number. */
  public static String enumGroup(Transform group) {
    return group.algorithm().ianaId().isPresent()
        ? ENUM_GROUPS.getOrDefault(group.algorithm().ianaId().getAsInt(), "DH" + group.algorithm().ianaId().getAsInt())
        : group.ianaName();
  }

  /**
   * Remote proposals as {@code chosen from remote proposals} and {@code no local proposal matches
   * remote proposals} list them: {@code 1:IKE:ENCR=AES_CBC_256;...;DH=MODP2048[first-match] 2:...}.
   *
   * @param markers the 1-based proposal numbers that get a {@code [first-match]} or {@code
   *     [better-match]} suffix, with that suffix
   * @param sentByStrongswan charon sends INTEG before PRF, pluto PRF before INTEG; the dump keeps
   *     the order received
   */
  public static String remoteProposals(List<Proposal> remote, Map<Integer, String> markers,
      boolean sentByStrongswan, VersionBucket bucket) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < remote.size(); i++) {
      Proposal proposal = remote.get(i);
      String transforms = ordered(proposal, sentByStrongswan).stream()
          .map(sent -> DUMP_TYPES.getOrDefault(sent.type(), additionalType(sent.type())) + "=" + name(sent, bucket))
          .collect(Collectors.joining(";"));
      items.add((i + 1) + ":" + proposal.protocol() + ":" + transforms
          + Optional.ofNullable(markers.get(i + 1)).map(marker -> "[" + marker + "]").orElse(""));
    }
    return String.join(" ", items);
  }

  /**
   * The chosen proposal as the responder logs it: {@code proposal 2:IKE=AES_GCM_16_256-HMAC_SHA2_512-ECP_256}.
   *
   * @param number the 1-based number of the remote proposal it came from
   */
  public static String chosen(int number, Proposal suite, VersionBucket bucket) {
    List<String> parts = new ArrayList<>();
    for (TransformType type : List.of(TransformType.ENCR, TransformType.PRF, TransformType.INTEG,
        TransformType.KE, TransformType.ESN)) {
      for (SentTransform sent : SentTransform.of(suite.of(type))) {
        String name = name(sent, bucket);
        parts.add(type == TransformType.ESN && bucket.isAtLeast(VersionBucket.LS5) ? "ESN:" + name : name);
      }
    }
    return "proposal " + number + ":" + suite.protocol() + "=" + String.join("-", parts);
  }

  /**
   * The negotiated IKE suite in the initiator's summary:
   * {@code {cipher=AES_CBC_256 integ=HMAC_SHA2_256_128 prf=HMAC_SHA2_256 group=DH19}}.
   */
  public static String ikeSummary(Proposal suite) {
    String cipher = first(suite, TransformType.ENCR).map(sent -> sent.withKeyBits(sent.bareName())).orElse("n/a");
    String integ = first(suite, TransformType.INTEG).filter(sent -> !sent.transform().algorithm().isNone())
        .map(SentTransform::bareName).orElse("n/a");
    String prf = first(suite, TransformType.PRF).map(SentTransform::bareName).orElse("n/a");
    String group = suite.of(TransformType.KE).stream().findFirst().map(LibreswanWording::group).orElse("n/a");
    return "{cipher=" + cipher + " integ=" + integ + " prf=" + prf + " group=" + group + "}";
  }

  /**
   * The {@code xfrm=} of an established IPsec SA: {@code AES_GCM_16_256-NONE},
   * {@code AES_CBC_256-HMAC_SHA2_256_128}.
   */
  public static String xfrm(Proposal suite) {
    String cipher = first(suite, TransformType.ENCR).map(sent -> sent.withKeyBits(sent.bareName())).orElse("NONE");
    String integ = first(suite, TransformType.INTEG).filter(sent -> !sent.transform().algorithm().isNone())
        .map(sent -> sent.withKeyBits(sent.bareName())).orElse("NONE");
    return cipher + "-" + integ;
  }

  /**
   * A proposal as pluto names what it offers in Quick Mode: its first cipher and integrity
   * algorithm, and the group when the proposal names one ({@code AES_CBC_256-HMAC_SHA2_256_128-MODP2048}).
   */
  public static String offered(Proposal proposal) {
    List<String> parts = new ArrayList<>();
    first(proposal, TransformType.ENCR).ifPresent(sent -> parts.add(sent.withKeyBits(sent.bareName())));
    first(proposal, TransformType.INTEG).ifPresent(sent -> parts.add(sent.withKeyBits(sent.bareName())));
    proposal.of(TransformType.KE).stream().filter(ke -> !ke.algorithm().isNone()).findFirst()
        .ifPresent(ke -> parts.add(group(ke)));
    return String.join("-", parts);
  }

  private static Optional<SentTransform> first(Proposal suite, TransformType type) {
    return SentTransform.of(suite.of(type)).stream().findFirst();
  }

  private static List<SentTransform> ordered(Proposal proposal, boolean sentByStrongswan) {
    List<SentTransform> all = SentTransform.of(proposal.transforms());
    if (sentByStrongswan) {
      return all;
    }
    List<SentTransform> ordered = new ArrayList<>();
    for (TransformType type : PLUTO_ORDER) {
      all.stream().filter(sent -> sent.type() == type).forEach(ordered::add);
    }
    all.stream().filter(sent -> !PLUTO_ORDER.contains(sent.type())).forEach(ordered::add);
    return ordered;
  }

  private static String additionalType(TransformType type) {
    return "ADDKE" + type.round();
  }

  private static String name(SentTransform sent, VersionBucket bucket) {
    TransformType type = sent.type();
    if (type.isKeyExchange()) {
      return enumGroup(sent.transform());
    }
    if (type == TransformType.ESN) {
      boolean yes = sent.transform().ianaName().equals("EXT_SEQ");
      return bucket.isAtLeast(VersionBucket.LS5) ? (yes ? "YES" : "NO") : (yes ? "ENABLED" : "DISABLED");
    }
    String bare = sent.bareName();
    if (type == TransformType.ENCR && sent.transform().algorithm().aead() && !bucket.isAtLeast(VersionBucket.LS5)) {
      bare = bare.replace("_16", "_C").replace("_12", "_B").replace("_8", "_A");
    }
    return sent.withKeyBits(bare);
  }
}
