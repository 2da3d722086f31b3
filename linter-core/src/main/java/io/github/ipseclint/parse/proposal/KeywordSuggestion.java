// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The nearest known keyword to a misspelled one, by edit distance. */
final class KeywordSuggestion {
  private KeywordSuggestion() {}

  /**
   * The closest keyword within a distance of two, or of a third of the word's length for long
   * words; ties go to the alphabetically first, so suggestions are stable.
   */
  static Optional<String> closest(String written, Collection<String> keywords) {
    int limit = Math.max(2, written.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String keyword : keywords) {
      // Case is compared loosely: 'AES256' should lead strongSwan users to 'aes256'.
      int distance = distance(written.toLowerCase(Locale.ROOT), keyword.toLowerCase(Locale.ROOT));
      if (distance <= limit && (distance < bestDistance
          || (distance == bestDistance && keyword.compareTo(best) < 0))) {
        best = keyword;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
