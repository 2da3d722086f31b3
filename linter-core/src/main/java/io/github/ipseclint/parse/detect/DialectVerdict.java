// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.detect;

import io.github.ipseclint.model.target.Implementation;
import java.util.List;

/**
 * The dialect chosen for a file and why.
 *
 * @param evidence everything observed, both ways
 * @param conclusive false when nothing decisive was found or the evidence conflicts
 */
public record DialectVerdict(Implementation dialect, List<Evidence> evidence, boolean conclusive) {

  public DialectVerdict {
    evidence = List.copyOf(evidence);
  }

  /** The decisive evidence pointing at {@code implementation}. */
  public List<Evidence> decisiveFor(Implementation implementation) {
    return evidence.stream()
        .filter(item -> item.decisive() && item.points() == implementation)
        .toList();
  }

  /** Weighs evidence as formats.md §7.4 suggests: decisive items first, hints break a tie of none. */
  static DialectVerdict weigh(List<Evidence> evidence, Implementation fallback) {
    long strongswan = count(evidence, Implementation.STRONGSWAN, true);
    long libreswan = count(evidence, Implementation.LIBRESWAN, true);
    if (strongswan > 0 && libreswan == 0) {
      return new DialectVerdict(Implementation.STRONGSWAN, evidence, true);
    }
    if (libreswan > 0 && strongswan == 0) {
      return new DialectVerdict(Implementation.LIBRESWAN, evidence, true);
    }
    if (strongswan > 0) {
      Implementation more = libreswan > strongswan ? Implementation.LIBRESWAN : Implementation.STRONGSWAN;
      return new DialectVerdict(libreswan == strongswan ? fallback : more, evidence, false);
    }
    long strongswanHints = count(evidence, Implementation.STRONGSWAN, false);
    long libreswanHints = count(evidence, Implementation.LIBRESWAN, false);
    if (strongswanHints != libreswanHints) {
      Implementation more = libreswanHints > strongswanHints ? Implementation.LIBRESWAN : Implementation.STRONGSWAN;
      return new DialectVerdict(more, evidence, false);
    }
    return new DialectVerdict(fallback, evidence, false);
  }

  private static long count(List<Evidence> evidence, Implementation implementation, boolean decisive) {
    return evidence.stream()
        .filter(item -> item.points() == implementation && item.decisive() == decisive)
        .count();
  }
}
