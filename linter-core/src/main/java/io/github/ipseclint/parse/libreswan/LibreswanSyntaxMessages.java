// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.grammar.libreswan.LibreswanLexer;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.target.Target;
import org.antlr.v4.runtime.Token;

/**
 * What the daemon prints for a syntax error, plus a hint from the offending token. Libreswan 5.x
 * built with bison 3.8 says only {@code syntax error}; 4.x names the token.
 */
final class LibreswanSyntaxMessages {
  private LibreswanSyntaxMessages() {}

  static String describe(Target target, Token token, String tokenText) {
    return daemonText(target, tokenText) + hint(token, tokenText);
  }

  static String daemonText(Target target, String tokenText) {
    return target.isAtLeast(5, 0)
        ? "syntax error"
        : "syntax error [" + new ByteText(tokenText).display() + "]";
  }

  private static String hint(Token token, String tokenText) {
    if (token == null) {
      return "";
    }
    int column = token.getCharPositionInLine();
    int type = token.getType();
    if (type == LibreswanLexer.KEYWORD && column == 0 && tokenText.startsWith("\u00ef\u00bb\u00bf")) {
      return " (the file starts with a UTF-8 byte-order mark)";
    }
    if (type == LibreswanLexer.KEYWORD && column == 0 && tokenText.equals("ca")) {
      return " (Libreswan has no 'ca' sections)";
    }
    if (type == LibreswanLexer.KEYWORD && column == 0) {
      return " (a parameter line must be indented)";
    }
    if (type == LibreswanLexer.KEYWORD) {
      return " (a value with blanks must be quoted: \"...\")";
    }
    if (type == LibreswanLexer.INCLUDE && column > 0) {
      return " ('include' must start at column 0)";
    }
    if (type == LibreswanLexer.VERSION) {
      return " ('version' is only allowed before the first section)";
    }
    if (type == LibreswanLexer.FIRST_SPACES) {
      return " (a section header must start at column 0)";
    }
    if (type == LibreswanLexer.EQUAL) {
      return " (the keyword before '=' is missing)";
    }
    if (type == LibreswanLexer.EOL) {
      return " (incomplete line: a conn needs a name, a keyword needs '=')";
    }
    return "";
  }
}
