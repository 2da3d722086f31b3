// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.model.source.ByteText;

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
    StringBuilder out = new StringBuilder(content.length());
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\r') {
        continue;
      }
      if (c != '\\' || i + 1 >= content.length()) {
        out.append(c);
        continue;
      }
      char next = content.charAt(++i);
      if (next == 'n') {
        out.append('\n');
      } else if (next == 'r') {
        out.append('\r');
      } else if (next == 't') {
        out.append('\t');
      } else if (next == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
        i++;
      } else if (next != '\n') {
        out.append(next);
      }
    }
    return new ByteText(out.toString());
  }

  /** An unquoted include pattern: {@code \"}, {@code \#}, {@code \}} and backslash-SPACE stand for the byte. */
  static ByteText unescapeIncludePattern(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "\"#} ".indexOf(text.charAt(i + 1)) >= 0) {
        out.append(text.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return new ByteText(out.toString());
  }
}
