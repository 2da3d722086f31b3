// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import static io.github.ipseclint.model.policy.Rating.ERROR;
import static io.github.ipseclint.model.policy.Rating.INFO;
import static io.github.ipseclint.model.policy.Rating.OK;
import static io.github.ipseclint.model.policy.Rating.WARNING;

/**
 * The non-algorithm checks of algorithms.md §5 with their rating per profile, in the columns
 * baseline, rfc8247, nist-800-77r1, bsi-tr-02102-3, cnsa2, legacy-compat (§5's "-" is OK). The
 * baseline column is rfc8247's.
 */
public enum Condition {
  /** N1: RFC 9395 made IKEv1 Historic; SP 800-77r1 prefers IKEv2; TR-02102-3 covers IKEv2 only. */
  IKEV1("IKEv1 is deprecated (RFC 9395)", ERROR, ERROR, WARNING, ERROR, ERROR, INFO),
  /** N2: a responder that also accepts IKEv1. */
  IKEV1_ACCEPTED("IKEv1 is deprecated (RFC 9395)", WARNING, WARNING, INFO, WARNING, ERROR, OK),
  /** N3: the Aggressive Mode hash is sent in clear and allows offline PSK cracking. */
  AGGRESSIVE_PSK("the PSK hash is sent in clear", ERROR, ERROR, ERROR, ERROR, ERROR, ERROR),
  /** N5: SP 800-77r1 and TR-02102-3 ask for PFS. */
  NO_PFS("no PFS (SP 800-77r1, TR-02102-3)", INFO, INFO, WARNING, WARNING, WARNING, INFO),
  /** N6: the peer can choose no PFS. */
  OPTIONAL_PFS("PFS optional (SP 800-77r1, TR-02102-3)", INFO, INFO, WARNING, WARNING, WARNING, INFO),
  /** N7: SP 800-77r1 limits the IKE SA to 24 h (Libreswan pluto_constants.h cites it). */
  IKE_LIFETIME("SP 800-77r1 limits the IKE SA to 24 h", INFO, INFO, ERROR, WARNING, ERROR, INFO),
  /** N8: SP 800-77r1 limits a CHILD SA to 8 h. */
  CHILD_LIFETIME("SP 800-77r1 limits a CHILD SA to 8 h", INFO, INFO, ERROR, WARNING, ERROR, INFO),
  /** N14: stroke appends its default proposals to a list without '!'. */
  NON_STRICT("defaults appended", INFO, INFO, INFO, INFO, INFO, OK),
  /** RFC 8221 §5: encryption without authentication must not be used (universal rule, §4.0). */
  MISSING_INTEGRITY("RFC 8221: encryption without integrity protection MUST NOT be used",
      ERROR, ERROR, ERROR, ERROR, ERROR, ERROR);

  private final String reason;
  private final Rating[] ratings;

  Condition(String reason, Rating... ratings) {
    this.reason = reason;
    this.ratings = ratings.clone();
  }

  public Verdict under(Profile profile) {
    return Verdict.of(ratings[profile.ordinal()], reason);
  }
}
