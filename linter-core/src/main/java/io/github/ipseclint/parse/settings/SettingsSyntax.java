// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.grammar.settings.SettingsLexer;
import io.github.ipseclint.grammar.settings.SettingsParser;
import io.github.ipseclint.model.settings.SettingsFile;
import io.github.ipseclint.model.settings.SettingsStatement;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Comment;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.parse.CharStreamsOfBytes;
import io.github.ipseclint.parse.FileTokens;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.FirstAttempt;
import io.github.ipseclint.parse.FirstAttempt.Attempt;
import io.github.ipseclint.parse.TokenSpans;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Parses one settings file into its syntax tree, reporting syntax errors as findings. */
final class SettingsSyntax {
  private SettingsSyntax() {}

  static SettingsFile parse(SourceFile file, FileKind kind, FindingSink sink) {
    return FirstAttempt.parse(attempt -> parse(file, kind, sink, attempt));
  }

  private static SettingsFile parse(SourceFile file, FileKind kind, FindingSink sink, Attempt attempt) {
    SettingsProblems problems = new SettingsProblems(kind, sink);
    SettingsLexer lexer = new SettingsLexer(CharStreamsOfBytes.of(file));
    FileTokens tokens = FirstAttempt.tokens(attempt, lexer, new LexerErrors(file, problems));
    SettingsParser parser = new SettingsParser(tokens);
    FirstAttempt.listen(attempt, parser, new ParserErrors(file, tokens, problems));
    // The tree builder reads the grammar's labels; a parse tree would add a node per token that
    // nothing reads.
    parser.setBuildParseTree(false);
    SettingsParser.SettingsFileContext tree = parser.settingsFile();
    List<SettingsStatement> statements = new SettingsTreeBuilder(file, problems).statements(tree.statements);
    return new SettingsFile(file, statements, comments(file, tokens.declaredChannels()), !problems.rejected());
  }

  private static List<Comment> comments(SourceFile file, List<Token> tokens) {
    List<Comment> comments = new ArrayList<>();
    for (Token token : tokens) {
      if (token.getChannel() == SettingsLexer.COMMENTS) {
        comments.add(new Comment(new ByteText(token.getText()), TokenSpans.of(file, token)));
      }
    }
    return comments;
  }

  /** Where an error at end of file is shown: right after the last non-blank byte. */
  static Span endOfFile(SourceFile file) {
    String text = file.text();
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return file.span(end, end);
  }

  private static final class LexerErrors extends BaseErrorListener {
    private final SourceFile file;
    private final SettingsProblems problems;

    LexerErrors(SourceFile file, SettingsProblems problems) {
      this.file = file;
      this.problems = problems;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
        int charPositionInLine, String msg, RecognitionException e) {
      int offset = file.offset(line, charPositionInLine + 1);
      problems.syntaxError(file.span(offset, Math.min(offset + 1, file.size())),
          "syntax error, unexpected character");
    }
  }

  private static final class ParserErrors extends BaseErrorListener {
    private final SourceFile file;
    private final FileTokens tokens;
    private final SettingsProblems problems;

    ParserErrors(SourceFile file, FileTokens tokens, SettingsProblems problems) {
      this.file = file;
      this.tokens = tokens;
      this.problems = problems;
    }

    /**
     * ANTLR reports a failed prediction at the start of the decision, where the expected set is
     * that of a whole statement; after a name, bison expects what may follow a name.
     */
    private IntervalSet expected(Parser parser, Token token) {
      Token previous = null;
      for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
        Token candidate = tokens.everyToken().get(i);
        if (candidate.getChannel() == Token.DEFAULT_CHANNEL) {
          previous = candidate;
          break;
        }
      }
      if (previous != null && previous.getType() == SettingsLexer.NAME) {
        return new IntervalSet(SettingsLexer.COLON, SettingsLexer.LBRACE, SettingsLexer.EQ);
      }
      return parser.getExpectedTokens();
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
        int charPositionInLine, String msg, RecognitionException e) {
      Token token = (Token) offendingSymbol;
      Span span = token.getType() == Token.EOF || token.getStartIndex() < 0
          ? endOfFile(file)
          : TokenSpans.of(file, token);
      problems.syntaxError(span, SyntaxErrorText.of(token, expected((Parser) recognizer, token)));
    }
  }
}
