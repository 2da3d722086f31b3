// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.grammar.strongswan.StrongswanLexer;
import io.github.ipseclint.grammar.strongswan.StrongswanParser;
import io.github.ipseclint.model.conf.ConfStatement;
import io.github.ipseclint.model.conf.ConfValue;
import io.github.ipseclint.model.conf.IncludeDirective;
import io.github.ipseclint.model.conf.Quoting;
import io.github.ipseclint.model.conf.SectionHeader;
import io.github.ipseclint.model.conf.SectionKind;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.conf.ValuePart;
import io.github.ipseclint.model.conf.VersionLine;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.TokenSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Turns one parsed file into its line-level statements. The grammar accepts any token sequence
 * after a line's first token, so this is where the daemon's parser messages are reproduced, each
 * at the offending token. A line with an error yields no statement except its includes (which the
 * daemon's lexer performs before the parser sees the line). Each line's context labels its first
 * and last token; the tokens in between, the line's items, are read from the parser's channel
 * ({@code tokens}, in file order) by position, so no parse tree and no list per line is built.
 */
final class StrongswanTreeBuilder {
  private static final String REJECTED = "strongSwan rejects the whole file";

  private final SourceFile file;
  private final FindingSink findings;
  private final List<Token> tokens;

  StrongswanTreeBuilder(SourceFile file, FindingSink findings, List<Token> parserChannel) {
    this.file = file;
    this.findings = findings;
    this.tokens = parserChannel;
  }

  /** The statements of every line, in file order. */
  List<ConfStatement> statements(StrongswanParser.ConfigFileContext context) {
    List<ConfStatement> statements = new ArrayList<>(context.lines.size());
    // The lines cover the parser's channel without gaps: each starts right after the previous end.
    int position = 0;
    for (StrongswanParser.LineContext line : context.lines) {
      int end = position;
      while (tokens.get(end) != line.end) {
        end++;
      }
      if (line.first != null) {
        line(line.first, position + 1, end, statements);
      }
      position = end + 1;
    }
    return statements;
  }

  /** A line whose items are the tokens at [{@code from}, {@code to}) after its {@code first} token. */
  private void line(Token first, int from, int to, List<ConfStatement> out) {
    switch (first.getType()) {
      case StrongswanLexer.INDENT -> parameterLine(from, to, out);
      case StrongswanLexer.CONFIG_SETUP, StrongswanLexer.CONN, StrongswanLexer.CA ->
          sectionHeader(first, from, to, out);
      case StrongswanLexer.INCLUDE -> includeLine(from - 1, to, out);
      case StrongswanLexer.VERSION -> out.add(versionLine(first));
      default -> strayLine(first, from, to, out);
    }
  }

  private void sectionHeader(Token kind, int from, int to, List<ConfStatement> out) {
    int includeAt = includeAt(from, to);
    if (!reportUnterminated(from, to)) {
      addIfPresent(header(kind, from, includeAt), out);
    }
    includes(includeAt, to, true, out);
  }

  private void parameterLine(int from, int to, List<ConfStatement> out) {
    int includeAt = includeAt(from, to);
    if (!reportUnterminated(from, to)) {
      addIfPresent(setting(from, includeAt), out);
    }
    includes(includeAt, to, includeAt > from, out);
  }

  private static void addIfPresent(ConfStatement statement, List<ConfStatement> out) {
    if (statement != null) {
      out.add(statement);
    }
  }

  /** {@code from} is the include that starts the line. */
  private void includeLine(int from, int to, List<ConfStatement> out) {
    reportUnterminated(from, to);
    includes(from, to, false, out);
  }

  private void strayLine(Token first, int from, int to, List<ConfStatement> out) {
    if (first.getType() == StrongswanLexer.UNTERMINATED) {
      reportUnterminatedAt(first);
    } else if (!reportUnterminated(from, to)) {
      syntaxError(first, strayHint(first));
    }
    includes(includeAt(from, to), to, true, out);
  }

  /** The position of the first include in [{@code from}, {@code to}), or {@code to}: items before it belong to the line's statement. */
  private int includeAt(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).getType() == StrongswanLexer.INCLUDE) {
        return i;
      }
    }
    return to;
  }

  private ConfStatement versionLine(Token token) {
    String text = token.getText();
    Span span = TokenSpans.of(file, token);
    boolean legacy = text.startsWith("version") && (text.length() == 7 || isBlank(text.charAt(7)));
    if (!legacy) {
      findings.report(CoreRule.SWALLOWED_TEXT, Severity.WARNING, span,
          "strongSwan discards every line whose first word starts with 'version', so this line is"
              + " ignored; rename or remove it");
    }
    return new VersionLine(new ByteText(text.strip()), span);
  }

  /** The header of the items at [{@code from}, {@code to}) (up to the line's include), or null when it is in error (reported). */
  private ConfStatement header(Token kindToken, int from, int to) {
    int count = to - from;
    SectionKind kind = kindToken.getType() == StrongswanLexer.CONFIG_SETUP
        ? SectionKind.CONFIG_SETUP
        : kindToken.getType() == StrongswanLexer.CONN ? SectionKind.CONN : SectionKind.CA;
    if (count == 0 && kind != SectionKind.CONFIG_SETUP) {
      error(kindToken, "section name missing: " + REJECTED + "; write '" + kind.keyword()
          + " <name>'");
      return null;
    }
    if (count > 0 && !isWord(tokens.get(from))) {
      syntaxError(tokens.get(from), "a section header takes only a name");
      return null;
    }
    if (count > 1) {
      syntaxError(tokens.get(from + 1), "a section name with blanks must be quoted");
      return null;
    }
    // The tokens are in file order, so the header runs from the kind's start to the name's end.
    Span span = TokenSpans.of(file, kindToken, count == 0 ? kindToken : tokens.get(from));
    if (kind == SectionKind.CONFIG_SETUP) {
      return new SectionHeader(kind, Optional.empty(), span);
    }
    ValuePart name = part(tokens.get(from));
    return new SectionHeader(kind, Optional.of(new Located<>(name.text(), name.span())), span);
  }

  /** The setting of the items at [{@code from}, {@code end}) (up to the line's include), or null when there is none or it is in error. */
  private ConfStatement setting(int from, int end) {
    if (end == from) {
      return null;
    }
    Token first = tokens.get(from);
    int valueStart;
    Located<ByteText> key;
    if (first.getType() == StrongswanLexer.INCLUDE_ASSIGN) {
      Span span = TokenSpans.of(file, first);
      key = new Located<>(new ByteText("include"), new Span(file, span.line(), span.column(),
          span.line(), span.column() + "include".length()));
      valueStart = from + 1;
    } else if (first.getType() == StrongswanLexer.EQUALS) {
      syntaxError(first, "a setting needs a name before '='");
      return null;
    } else {
      ValuePart keyPart = part(first);
      key = new Located<>(keyPart.text(), keyPart.span());
      if (end < from + 2 || tokens.get(from + 1).getType() != StrongswanLexer.EQUALS) {
        Token offending = end < from + 2 ? first : tokens.get(from + 1);
        error(offending, "missing value for setting '" + keyPart.text().display() + "': " + REJECTED
            + "; write '" + keyPart.text().display() + "=<value>' (quote a value with blanks or '=')");
        return null;
      }
      if (keyPart.text().isEmpty()) {
        error(first, "setting name can't be empty: " + REJECTED + "; remove the line or name the key");
        return null;
      }
      valueStart = from + 2;
    }
    ValuePart[] parts = new ValuePart[end - valueStart];
    for (int i = valueStart; i < end; i++) {
      Token token = tokens.get(i);
      if (!isWord(token)) {
        syntaxError(token, "quote a value that contains '=', and write one setting per line");
        return null;
      }
      parts[i - valueStart] = part(token);
    }
    // The tokens are in file order, so spans run from the first token's start to the last one's end.
    Span span = TokenSpans.of(file, first, tokens.get(end - 1));
    Optional<ConfValue> value = Optional.empty();
    if (parts.length == 1) {
      value = Optional.of(new ConfValue(parts[0].text(), List.of(parts[0]), parts[0].span()));
    } else if (parts.length > 1) {
      value = Optional.of(new ConfValue(joined(parts), List.of(parts),
          TokenSpans.of(file, tokens.get(valueStart), tokens.get(end - 1))));
    }
    return new Setting(key, value, span);
  }

  private static ByteText joined(ValuePart[] parts) {
    int length = parts.length - 1;
    for (ValuePart part : parts) {
      length += part.text().length();
    }
    StringBuilder text = new StringBuilder(length);
    for (ValuePart part : parts) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(part.text().latin1());
    }
    return new ByteText(text.toString());
  }

  private ValuePart part(Token token) {
    Span span = TokenSpans.of(file, token);
    if (token.getType() == StrongswanLexer.QUOTED) {
      String text = token.getText();
      if (StarterText.spansLinesRaw(text)) {
        findings.report(CoreRule.SWALLOWED_TEXT, Severity.WARNING, span,
            "quoted string runs on to line " + span.endLine() + ": strongSwan keeps the line breaks"
                + " in the value, so the lines in between are not read as settings; close the"
                + " quote on its own line");
      }
      return new ValuePart(new ByteText(StarterText.unquote(text)), Quoting.DOUBLE_QUOTES, span);
    }
    // The bytes straight from the file (token offsets are byte offsets): one copy, where
    // Token.getText() would go through an Interval and the char stream for every word.
    return new ValuePart(file.slice(token.getStartIndex(), token.getStopIndex() + 1), Quoting.NONE, span);
  }

  /** The includes among the tokens at [{@code includeAt}, {@code to}), in order; anything else after the first include is an error. */
  private void includes(int includeAt, int to, boolean firstIsMidLine, List<ConfStatement> out) {
    boolean midLine = firstIsMidLine;
    boolean reported = false;
    for (int i = includeAt; i < to; i++) {
      Token token = tokens.get(i);
      if (token.getType() == StrongswanLexer.INCLUDE) {
        out.add(include(token, midLine));
      } else if (!reported && token.getType() != StrongswanLexer.UNTERMINATED) {
        syntaxError(token, "put an include on a line of its own");
        reported = true;
      }
      midLine = true;
    }
  }

  private IncludeDirective include(Token token, boolean midLine) {
    Span span = TokenSpans.of(file, token);
    String text = token.getText();
    int patternStart = "include".length();
    while (patternStart < text.length() && isBlank(text.charAt(patternStart))) {
      patternStart++;
    }
    Span patternSpan = new Span(file, span.line(), span.column() + patternStart, span.endLine(),
        span.endColumn());
    if (midLine) {
      findings.report(CoreRule.SWALLOWED_TEXT, Severity.WARNING, span,
          "strongSwan performs an 'include' anywhere outside quotes: the file is read here and the"
              + " text before it on this line gets no value; put the include on a line of its own"
              + " or quote the value");
    }
    return new IncludeDirective(new Located<>(new ByteText(StarterText.includePattern(text)),
        patternSpan), midLine, span);
  }

  private boolean reportUnterminated(int from, int to) {
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.getType() == StrongswanLexer.UNTERMINATED) {
        reportUnterminatedAt(token);
        return true;
      }
    }
    return false;
  }

  private void reportUnterminatedAt(Token token) {
    error(token, "unterminated string detected: " + REJECTED + "; close the quote (a '\"' is never"
        + " ordinary data unless escaped as \\\" inside a quoted string)");
  }

  private static String strayHint(Token first) {
    String text = first.getText();
    if (text.startsWith("\u00ef\u00bb\u00bf")) {
      return "remove the byte order mark at the start of the file";
    }
    if (text.equals("config")) {
      return "write 'config setup' with exactly one space";
    }
    return "indent settings under a section; 'config setup', 'conn <name>' and 'ca <name>' start"
        + " at column 0";
  }

  private void syntaxError(Token token, String hint) {
    error(token, "syntax error, unexpected " + StrongswanSyntax.daemonTokenName(token.getType())
        + ": " + REJECTED + "; " + hint);
  }

  private void error(Token token, String message) {
    findings.report(CoreRule.PARSE_ERROR, Severity.ERROR, TokenSpans.of(file, token), message);
  }

  private static boolean isWord(Token token) {
    int type = token.getType();
    return type == StrongswanLexer.WORD || type == StrongswanLexer.QUOTED;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
