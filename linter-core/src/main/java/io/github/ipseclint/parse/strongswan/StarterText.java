// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.parse.StarterEscapes;

/**
 * Decodes token text the way starter's lexer does (formats.md §2.2, §2.5). Token text is
 * ISO-8859-1, one char per byte, so the results stay byte-exact.
 */
final class StarterText {
  private StarterText() {}

  /**
   * The content of a quoted string: {@code \n}, {@code \r}, {@code \t} are control characters,
   * a backslash before LF (or CR LF) joins the lines, a backslash before any other byte stands
   * for that byte. {@code token} includes the quotes; a missing closing quote is tolerated.
   */
  static String unquote(String token) {
    int end = token.length() > 1 && token.endsWith("\"") && !escapedAt(token, token.length() - 1)
        ? token.length() - 1
        : token.length();
    return StarterEscapes.decodeQuoted(token.substring(1, Math.max(1, end)), StarterEscapes.RawCarriageReturn.KEEP);
  }

  /** True when the quote at {@code index} is preceded by an odd number of backslashes. */
  private static boolean escapedAt(String token, int index) {
    int count = 0;
    for (int i = index - 1; i > 0 && token.charAt(i) == '\\'; i--) {
      count++;
    }
    return count % 2 == 1;
  }

  /**
   * The pattern of an include token ({@code include} + blanks + pattern): a quoted pattern is
   * unquoted; in an unquoted one {@code \"}, {@code \#}, {@code \}} and backslash-SPACE stand for
   * the character and any other backslash is kept.
   */
  static String includePattern(String token) {
    int start = "include".length();
    while (start < token.length() && (token.charAt(start) == ' ' || token.charAt(start) == '\t')) {
      start++;
    }
    String pattern = token.substring(start);
    if (pattern.startsWith("\"")) {
      return unquote(pattern);
    }
    return StarterEscapes.unescapeIncludePattern(pattern);
  }

  /** True when a quoted token holds a raw line feed that is not a line join ({@code \}+LF). */
  static boolean spansLinesRaw(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '\n') {
        return true;
      }
    }
    return false;
  }
}
