// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.grammar.strongswan.StrongswanLexer;
import io.github.ipseclint.grammar.strongswan.StrongswanParser;
import io.github.ipseclint.model.conf.ConfFile;
import io.github.ipseclint.model.conf.ConfStatement;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.Comment;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.CharStreamsOfBytes;
import io.github.ipseclint.parse.FileTokens;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.FirstAttempt;
import io.github.ipseclint.parse.FirstAttempt.Attempt;
import io.github.ipseclint.parse.TokenSpans;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/** Parses one strongSwan {@code ipsec.conf} file (without following its includes). */
final class StrongswanSyntax {
  private StrongswanSyntax() {}

  static ConfFile parse(SourceFile file, FindingSink findings) {
    return FirstAttempt.parse(attempt -> parse(file, findings, attempt));
  }

  private static ConfFile parse(SourceFile file, FindingSink findings, Attempt attempt) {
    StrongswanLexer lexer = new StrongswanLexer(CharStreamsOfBytes.of(file));
    ErrorCollector errors = new ErrorCollector(file, findings);
    FileTokens tokens = FirstAttempt.tokens(attempt, lexer, errors);
    StrongswanParser parser = new StrongswanParser(tokens);
    FirstAttempt.listen(attempt, parser, errors);
    // The tree builder reads the line contexts the parser collects anyway (lines) and the tokens
    // between their labels; a parse tree would add a node per token that nothing reads.
    parser.setBuildParseTree(false);
    StrongswanParser.ConfigFileContext tree = parser.configFile();
    List<ConfStatement> statements = new StrongswanTreeBuilder(file, findings, tokens.parserChannel())
        .statements(tree);
    return new ConfFile(file, Implementation.STRONGSWAN, statements, comments(file, tokens.declaredChannels()));
  }

  /** The daemon's (bison) name of a token, for "syntax error, unexpected X" messages. */
  static String daemonTokenName(int type) {
    if (type == StrongswanLexer.EQUALS) {
      return "EQ";
    }
    if (type == StrongswanLexer.INDENT) {
      return "SPACES";
    }
    if (type == StrongswanLexer.NEWLINE) {
      return "NEWLINE";
    }
    if (type == StrongswanLexer.CONFIG_SETUP) {
      return "CONFIG_SETUP";
    }
    if (type == StrongswanLexer.CONN) {
      return "CONN";
    }
    if (type == StrongswanLexer.CA) {
      return "CA";
    }
    if (type == StrongswanLexer.UNTERMINATED) {
      return "STRING_ERROR";
    }
    if (type == Token.EOF) {
      return "end of file";
    }
    return "STRING";
  }

  private static List<Comment> comments(SourceFile file, List<Token> tokens) {
    List<Comment> comments = new ArrayList<>();
    for (Token token : tokens) {
      if (token.getChannel() != StrongswanLexer.COMMENTS) {
        continue;
      }
      // The token may start with blanks; the comment is from its '#' on, read from the file once.
      int hash = token.getStartIndex();
      while (file.byteAt(hash) != '#') {
        hash++;
      }
      int end = token.getStopIndex() + 1;
      // A comment token never spans lines, so the lexer's line saves a search of the line table.
      comments.add(new Comment(file.slice(hash, end), file.span(hash, end, token.getLine())));
    }
    return comments;
  }

  /** Turns ANTLR's own errors (none are expected: the grammar accepts every line) into findings. */
  private static final class ErrorCollector extends BaseErrorListener {
    private final SourceFile file;
    private final FindingSink findings;

    ErrorCollector(SourceFile file, FindingSink findings) {
      this.file = file;
      this.findings = findings;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column,
        String message, RecognitionException exception) {
      String text = offending instanceof Token token
          ? "syntax error, unexpected " + daemonTokenName(token.getType())
          : "syntax error: " + message;
      int offset = offending instanceof Token token
          ? Math.max(0, token.getStartIndex())
          : file.offset(line, column + 1);
      findings.report(CoreRule.PARSE_ERROR, Severity.ERROR,
          offending instanceof Token token && token.getType() != Token.EOF
              ? TokenSpans.of(file, token)
              : file.span(Math.min(offset, file.size()), Math.min(offset, file.size())),
          text + ": strongSwan rejects the whole file");
    }
  }
}
