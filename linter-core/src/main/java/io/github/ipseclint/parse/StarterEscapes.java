// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

/**
 * The escapes of strongSwan's two flex lexers, which share them: starter's {@code ipsec.conf}
 * lexer and the settings lexer of {@code swanctl.conf}/{@code strongswan.conf} (formats.md §2.2,
 * §2.5, §3.1, §3.4). Text is ISO-8859-1, one char per byte, so results stay byte-exact.
 */
public final class StarterEscapes {
  private StarterEscapes() {}

  /** What a raw CR inside quotes means: data for starter, dropped by the settings lexer. */
  public enum RawCarriageReturn {
    KEEP,
    DROP
  }

  /**
   * The content of a quoted string, quotes already removed: {@code \n \r \t} are control bytes,
   * a backslash before LF (or CR LF) joins the lines, a backslash before any other byte stands
   * for that byte; a lone backslash at the very end is dropped.
   */
  public static String decodeQuoted(String content, RawCarriageReturn rawCr) {
    StringBuilder out = new StringBuilder(content.length());
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\r' && rawCr == RawCarriageReturn.DROP) {
        continue;
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i + 1 >= content.length()) {
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
    return out.toString();
  }

  /** An unquoted include pattern: {@code \"}, {@code \#}, {@code \}} and backslash-SPACE stand for the byte. */
  public static String unescapeIncludePattern(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "\"#} ".indexOf(text.charAt(i + 1)) >= 0) {
        out.append(text.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
