// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.parse.StarterEscapes;

/** The settings lexer's string and include-pattern escapes (formats.md §2.2, §2.5, §3.1, §3.4). */
final class QuotedStrings {
  private QuotedStrings() {}

  /**
   * The content of a quoted token, quotes included: {@code \n \r \t} are control bytes, a
   * backslash before LF or CR LF joins lines, a backslash before anything else yields that byte,
   * and raw CR bytes are dropped.
   */
  static ByteText unquote(String token) {
    String content = token.substring(1, Math.max(1, token.length() - 1));
    return new ByteText(StarterEscapes.decodeQuoted(content, StarterEscapes.RawCarriageReturn.DROP));
  }

  /** An unquoted include pattern: {@code \"}, {@code \#}, {@code \}} and backslash-SPACE stand for the byte. */
  static ByteText unescapeIncludePattern(String text) {
    return new ByteText(StarterEscapes.unescapeIncludePattern(text));
  }
}
