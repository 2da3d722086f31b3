// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.grammar.settings.SettingsLexer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Words a parser error as libstrongswan's bison parser does ({@code syntax error, unexpected .,
 * expecting : or '{' or '='}, formats.md §9.2), followed by a hint at the usual cause.
 */
final class SyntaxErrorText {
  /** Bison's token names, in the order its "expecting" lists use. */
  private static final List<String> ORDER =
      List.of("end of file", "NAME", "STRING", ".", ",", ":", "'{'", "'}'", "'='");

  private SyntaxErrorText() {}

  static String of(Token offending, IntervalSet expected) {
    StringBuilder text = new StringBuilder("syntax error, unexpected ").append(bisonName(offending.getType()));
    Set<String> names = new LinkedHashSet<>();
    for (String name : ORDER) {
      for (int type : expected.toList()) {
        if (name.equals(bisonName(type))) {
          names.add(name);
        }
      }
    }
    if (!names.isEmpty()) {
      text.append(", expecting ").append(String.join(" or ", names));
    }
    String hint = hint(offending.getType(), names);
    return hint.isEmpty() ? text.toString() : text + " (" + hint + ")";
  }

  private static String hint(int type, Set<String> expected) {
    if (type == SettingsLexer.DOT) {
      return "dots are not allowed in names";
    }
    if (type == Token.EOF && expected.contains("'}'")) {
      return "a '{' is never closed";
    }
    if (type == SettingsLexer.RBRACE) {
      return "this '}' closes no section; a '}' also ends an unquoted value, so quote values containing it";
    }
    if (type == SettingsLexer.NAME && expected.contains("'='")) {
      return "a name cannot contain blanks, and a value continues only inside quotes";
    }
    if (type == SettingsLexer.EQ) {
      return "a setting needs a name before '='";
    }
    return "";
  }

  private static String bisonName(int type) {
    if (type == Token.EOF) {
      return "end of file";
    }
    if (type == SettingsLexer.NAME || type == SettingsLexer.REFNAME || type == SettingsLexer.VALUE_WORD
        || type == SettingsLexer.INCLUDE_KEY) {
      return "NAME";
    }
    if (type == SettingsLexer.QUOTED || type == SettingsLexer.BAD_STRING) {
      return "STRING";
    }
    if (type == SettingsLexer.UNTERMINATED) {
      return "STRING_ERROR";
    }
    if (type == SettingsLexer.DOT) {
      return ".";
    }
    if (type == SettingsLexer.COMMA) {
      return ",";
    }
    if (type == SettingsLexer.COLON) {
      return ":";
    }
    if (type == SettingsLexer.LBRACE) {
      return "'{'";
    }
    if (type == SettingsLexer.RBRACE) {
      return "'}'";
    }
    if (type == SettingsLexer.EQ) {
      return "'='";
    }
    return "include";
  }
}
