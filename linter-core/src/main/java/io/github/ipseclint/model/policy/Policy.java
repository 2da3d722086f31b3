// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A profile evaluated at a date (algorithms.md §4.0): rates each transform in its proposal, the
 * proposal-level key-exchange conditions and the non-algorithm checks of §5.
 *
 * @param highProtection BSI's option for very high protection needs (classical-only key
 *     agreement ends a year earlier)
 * @param asOf the date the dated transitions are evaluated at ({@code --as-of})
 */
public record Policy(Profile profile, boolean highProtection, LocalDate asOf) {
  /** TR-02102-1 2026-01: classical key agreement alone is recommended until the end of 2031. */
  static final int BSI_CLASSICAL_LAST_YEAR = 2031;
  /** TR-02102-1 2026-01: until the end of 2030 for very high protection needs. */
  static final int BSI_HIGH_PROTECTION_LAST_YEAR = 2030;
  /** CNSA 2.0 timeline for VPNs: "support and prefer by 2026" (algorithms.md §4.4 prefer_by). */
  static final LocalDate CNSA_PREFER_BY = LocalDate.of(2026, 12, 31);
  /** CNSA 2.0 timeline: "exclusively use by 2030", read as from 2031 (§4.4 exclusive_from). */
  static final LocalDate CNSA_EXCLUSIVE_FROM = LocalDate.of(2031, 1, 1);
  private static final Set<String> HYBRID_KEMS = Set.of("ML_KEM_768", "ML_KEM_1024");

  public Policy {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
  }

  /** The default profile at a date. */
  public static Policy defaults(LocalDate asOf) {
    return new Policy(Profile.DEFAULT, false, asOf);
  }

  /** The profile's label with its option, for messages ({@code bsi-tr-02102-3 (high_protection)}). */
  public String label() {
    return profile.label() + (highProtection && profile == Profile.BSI_TR_02102_3 ? " (high_protection)" : "");
  }

  /** One transform in its proposal: the universal rules of §4.0, then the profile's lists. */
  public Verdict rate(Transform transform, Proposal proposal) {
    return universal(transform, proposal.protocol())
        .worst(ratings().rate(transform, proposal, asOf.getYear()));
  }

  /** A non-algorithm check of §5. */
  public Verdict rate(Condition condition) {
    return condition.under(profile);
  }

  /**
   * The profile's conditions on a proposal's key-exchange set (§4.3, §4.4): CNSA 2.0's ML-KEM-1024
   * timeline, BSI's hybrid rules. Applies to IKE proposals and to ESP/AH proposals with a KE.
   *
   * @param first whether the proposal is the connection's most preferred IKE proposal
   */
  public Optional<Verdict> rateKeyExchanges(Proposal proposal, boolean first) {
    boolean hasKe = proposal.transforms().stream()
        .anyMatch(t -> t.type().isKeyExchange() && !t.algorithm().isNone());
    if (proposal.protocol() != Protocol.IKE && !hasKe) {
      return Optional.empty();
    }
    if (profile == Profile.CNSA2 && !has(proposal, Set.of("ML_KEM_1024"))) {
      return Optional.of(cnsaTimeline(proposal, first));
    }
    if (profile == Profile.BSI_TR_02102_3) {
      boolean classical = proposal.transforms().stream()
          .anyMatch(t -> t.type().isKeyExchange() && ProfileRatings.isClassicalKe(t.ianaName()));
      boolean hybridKem = has(proposal, HYBRID_KEMS);
      int lastYear = highProtection ? BSI_HIGH_PROTECTION_LAST_YEAR : BSI_CLASSICAL_LAST_YEAR;
      if (!hybridKem && asOf.getYear() > lastYear) {
        return Optional.of(Verdict.of(Rating.ERROR, "classical key exchange alone is not recommended after "
            + lastYear + " (TR-02102-1 2026-01); add ML-KEM-768 or -1024"));
      }
      if (hybridKem && !classical) {
        return Optional.of(Verdict.of(Rating.WARNING,
            "BSI recommends ML-KEM only in hybrid with a classical key exchange"));
      }
    }
    return Optional.empty();
  }

  private Verdict cnsaTimeline(Proposal proposal, boolean first) {
    String reason = "no ML-KEM-1024 (CNSA 2.0: prefer by 2026, exclusively from 2031)";
    if (!asOf.isBefore(CNSA_EXCLUSIVE_FROM)) {
      return Verdict.of(Rating.ERROR, reason);
    }
    if (asOf.isAfter(CNSA_PREFER_BY) && first && proposal.protocol() == Protocol.IKE) {
      return Verdict.of(Rating.ERROR, reason);
    }
    return Verdict.of(Rating.WARNING, reason);
  }

  private static boolean has(Proposal proposal, Set<String> names) {
    return proposal.transforms().stream()
        .anyMatch(t -> t.type().isKeyExchange() && names.contains(t.ianaName()));
  }

  /** §4.0 "universal rules (every profile, every date)". */
  private static Verdict universal(Transform transform, Protocol protocol) {
    String name = transform.ianaName();
    if (name.equals("ENCR_NULL")) {
      return Verdict.of(Rating.ERROR, "no confidentiality");
    }
    if (name.equals("MODP_NULL")) {
      return Verdict.of(Rating.ERROR, "no key exchange");
    }
    if (name.equals("ENCR_NULL_AUTH_AES_GMAC") && protocol != Protocol.IKE) {
      return Verdict.of(Rating.WARNING, "integrity only, no confidentiality");
    }
    return Verdict.OK;
  }

  private ProfileRatings ratings() {
    switch (profile) {
      case RFC8247:
        return RFC8247_RATINGS;
      case NIST_800_77R1:
        return NIST_RATINGS;
      case BSI_TR_02102_3:
        return BSI_RATINGS;
      case CNSA2:
        return CNSA_RATINGS;
      case LEGACY_COMPAT:
        return LEGACY_RATINGS;
      default:
        return BASELINE_RATINGS;
    }
  }

  private static final ProfileRatings BASELINE_RATINGS = new BaselineRatings();
  private static final ProfileRatings RFC8247_RATINGS = new Rfc8247Ratings();
  private static final ProfileRatings NIST_RATINGS = new NistRatings();
  private static final ProfileRatings BSI_RATINGS = new BsiRatings();
  private static final ProfileRatings CNSA_RATINGS = new CnsaRatings();
  private static final ProfileRatings LEGACY_RATINGS = new LegacyCompatRatings();

  /** True for a classic (non-AEAD) ESP cipher without integrity or with integrity NONE (§4.0). */
  public static boolean lacksIntegrity(Proposal proposal) {
    if (proposal.protocol() != Protocol.ESP) {
      return false;
    }
    boolean classic = proposal.of(TransformType.ENCR).stream().anyMatch(t -> !t.algorithm().aead());
    boolean integrity = proposal.of(TransformType.INTEG).stream().anyMatch(t -> !t.algorithm().isNone());
    return classic && !integrity;
  }
}
