// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.engine.ConnectionRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.IkeLifetimes;
import io.github.ipseclint.model.policy.Condition;
import io.github.ipseclint.model.policy.Verdict;
import java.time.Duration;

/**
 * SA keys used longer than SP 800-77r1 allows (algorithms.md §5 N7, N8), measured as the hard
 * lifetime: the IKE SA's rekey or reauthentication time plus its over time, the CHILD SA's life
 * time. A timer of 0 (never rekeyed) is another problem and not reported here.
 */
@LintRule(id = "lifetime-too-long", name = "LifetimeTooLong", severity = Severity.WARNING,
    tags = {Tag.SECURITY, Tag.CRYPTO}, securitySeverity = 4.0,
    description = "An IKE or CHILD SA key stays in use longer than SP 800-77r1 allows")
public final class LifetimeTooLong implements ConnectionRule {
  /** SP 800-77r1: IKE SA lifetime at most 24 h (Libreswan pluto_constants.h cites it). */
  static final Duration MAX_IKE = Duration.ofHours(24);
  /** SP 800-77r1: CHILD SA lifetime at most 8 h. */
  static final Duration MAX_CHILD = Duration.ofHours(8);

  @Override
  public void check(Connection connection, Reporter reporter) {
    IkeLifetimes ike = connection.ikeLifetimes();
    Configured<Duration> timer = shorterNonZero(ike.rekey(), ike.reauth());
    if (!timer.value().isZero()) {
      Duration hard = timer.value().plus(ike.over().value());
      if (hard.compareTo(MAX_IKE) > 0) {
        report(reporter, Condition.IKE_LIFETIME, timer, "IKE", hard, MAX_IKE);
      }
    }
    for (Child child : connection.children()) {
      Configured<Duration> life = child.lifetimes().life();
      if (!life.value().isZero() && life.value().compareTo(MAX_CHILD) > 0) {
        report(reporter, Condition.CHILD_LIFETIME, life, "CHILD", life.value(), MAX_CHILD);
      }
    }
  }

  private static Configured<Duration> shorterNonZero(Configured<Duration> a, Configured<Duration> b) {
    if (a.value().isZero()) {
      return b;
    }
    return b.value().isZero() || a.value().compareTo(b.value()) <= 0 ? a : b;
  }

  private static void report(Reporter reporter, Condition condition, Configured<Duration> value, String sa,
      Duration hard, Duration limit) {
    Verdict verdict = reporter.policy().rate(condition);
    if (verdict.isFinding()) {
      reporter.report(verdict.rating().severity().orElseThrow(), value.span(),
          "the %s SA key stays in use up to %s, over the %s that SP 800-77r1 allows%s; rekey more often",
          sa, hours(hard), hours(limit), ProposalSets.inherited(value));
    }
  }

  private static String hours(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
  }
}
