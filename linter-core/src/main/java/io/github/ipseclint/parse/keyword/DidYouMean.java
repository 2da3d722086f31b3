// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.keyword;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the known word a misspelt one was probably meant to be: the closest candidate by edit
 * distance, ignoring case, when it is close enough to be a typo (a quarter of the word's length,
 * at least one edit).
 */
public final class DidYouMean {
  private DidYouMean() {}

  public static Optional<String> closest(String written, Collection<String> candidates) {
    return closest(written, candidates, Math.max(1, written.length() / 4));
  }

  /**
   * The closest candidate within {@code maxDistance} edits; ties go to the alphabetically first,
   * so a suggestion does not depend on the order of a table.
   */
  public static Optional<String> closest(String written, Collection<String> candidates, int maxDistance) {
    String lower = written.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance || distance == bestDistance && candidate.compareTo(best) < 0) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= maxDistance ? Optional.of(best) : Optional.empty();
  }

  /** {@code "; did you mean 'x'?"}, or nothing. */
  public static String hint(String written, Collection<String> candidates) {
    return closest(written, candidates).map(best -> "; did you mean '" + best + "'?").orElse("");
  }

  /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
