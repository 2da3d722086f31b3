// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.grammar.libreswan.LibreswanLexer;
import io.github.ipseclint.grammar.libreswan.LibreswanParser;
import io.github.ipseclint.model.conf.ConfFile;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Comment;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.CharStreamsOfBytes;
import io.github.ipseclint.parse.FileTokens;
import io.github.ipseclint.parse.FirstAttempt;
import io.github.ipseclint.parse.FirstAttempt.Attempt;
import io.github.ipseclint.parse.TokenSpans;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/** Parses one file on its own (no includes) into its syntax tree, reporting what the scanner says. */
final class LibreswanFileParser {
  private final LibreswanReport report;

  LibreswanFileParser(LibreswanReport report) {
    this.report = report;
  }

  ConfFile parse(SourceFile file) {
    return FirstAttempt.parse(attempt -> parse(file, attempt));
  }

  private ConfFile parse(SourceFile file, Attempt attempt) {
    // Like the scanner, end the last line even when the file does not.
    LibreswanLexer lexer = new LibreswanLexer(CharStreamsOfBytes.ofLineEnded(file));
    SyntaxErrors errors = new SyntaxErrors(file);
    FileTokens tokens = FirstAttempt.tokens(attempt, lexer, errors);
    LibreswanParser parser = new LibreswanParser(tokens);
    FirstAttempt.listen(attempt, parser, errors);
    // A file without errors is built from the grammar's labels; only the error search of a file
    // with errors needs the parse tree.
    parser.setBuildParseTree(attempt == Attempt.REPORTING);
    LibreswanParser.ConfigFileContext tree = parser.configFile();
    List<Comment> comments = scanHiddenTokens(file, tokens.everyToken());
    return new ConfFile(file, Implementation.LIBRESWAN,
        new LibreswanTreeBuilder(file).statements(tree, parser.getNumberOfSyntaxErrors() == 0), comments);
  }

  /** Comments for the tree; stray quotes and swallowed bytes become findings. */
  private List<Comment> scanHiddenTokens(SourceFile file, List<Token> all) {
    List<Comment> comments = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Token token = all.get(i);
      if (token.getChannel() == LibreswanLexer.COMMENTS) {
        comments.add(comment(file, token));
      } else if (token.getType() == LibreswanLexer.STRAY_QUOTE && report.atLeast(5, 0)) {
        report.warn(CoreRule.PARSE_ERROR, TokenSpans.of(file, token),
            "unrecognized: \": Libreswan skips this quote (only a value may be quoted)");
      } else if (token.getType() == LibreswanLexer.JUNK && nextVisibleIsEqual(all, i)) {
        report.warn(CoreRule.SWALLOWED_TEXT, TokenSpans.of(file, token),
            "Libreswan silently drops '" + new ByteText(token.getText()).display()
                + "' between the keyword and '='");
      }
    }
    return comments;
  }

  /** Junk is only worth a warning when the line is otherwise fine ({@code key junk=value}). */
  private static boolean nextVisibleIsEqual(List<Token> tokens, int index) {
    for (int i = index + 1; i < tokens.size(); i++) {
      if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
        return tokens.get(i).getType() == LibreswanLexer.EQUAL;
      }
    }
    return false;
  }

  private static Comment comment(SourceFile file, Token token) {
    String text = token.getText();
    int hash = text.indexOf('#');
    Span span = file.span(token.getStartIndex() + hash, token.getStopIndex() + 1);
    return new Comment(new ByteText(text.substring(hash)), span);
  }

  /** Collects lexer and parser errors as findings, one per line. */
  private final class SyntaxErrors extends BaseErrorListener {
    private final SourceFile file;
    private final Set<Integer> lines = new HashSet<>();

    SyntaxErrors(SourceFile file) {
      this.file = file;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
        int charPositionInLine, String msg, RecognitionException e) {
      Span span;
      String tokenText;
      if (offendingSymbol instanceof Token token && token.getType() != Token.EOF
          && token.getStartIndex() < file.size()) {
        span = TokenSpans.of(file, token);
        tokenText = token.getText();
      } else if (offendingSymbol == null && file.size() > 0) {
        int offset = Math.min(file.offset(line, charPositionInLine + 1), file.size() - 1);
        span = file.span(offset, offset + 1);
        tokenText = file.text().substring(offset, offset + 1);
      } else {
        span = file.size() == 0 ? file.span(0, 0) : file.span(file.size() - 1, file.size());
        tokenText = "";
      }
      if (lines.add(span.line())) {
        report.reject(CoreRule.PARSE_ERROR, span, LibreswanSyntaxMessages.describe(
            report.target(), offendingSymbol instanceof Token token ? token : null, tokenText));
      }
    }
  }
}
