// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import java.util.function.Function;
import org.antlr.v4.runtime.ANTLRErrorListener;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The first of two parse attempts. ANTLR's default strategy re-synchronises in every loop and
 * keeps recovery state, which costs time on every token of a file that has no error; the
 * bail-out strategy does neither. Nearly every file parses at the first attempt. When the lexer
 * or the parser meets an error, the attempt is cancelled before anything is reported, and the
 * reader parses the file again from scratch with its own listeners and the default strategy, so
 * messages, recovery and their order are those of a single normal parse. Prediction stays ANTLR's
 * default (full LL), so a successful first attempt builds the same tree.
 */
public final class FirstAttempt {
  private static final BaseErrorListener CANCEL = new BaseErrorListener() {
    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
        int charPositionInLine, String msg, RecognitionException e) {
      throw new ParseCancellationException(msg, e);
    }
  };

  private FirstAttempt() {}

  /** Which of the two attempts a parse is. */
  public enum Attempt {
    FIRST,
    REPORTING
  }

  /** Runs {@code parse} as the first attempt, and again as the reporting one when that meets an error. */
  public static <T> T parse(Function<Attempt, T> parse) {
    try {
      return parse.apply(Attempt.FIRST);
    } catch (ParseCancellationException firstAttemptFailed) {
      return parse.apply(Attempt.REPORTING);
    }
  }

  /**
   * Sets up a fresh lexer for the attempt ({@link EofCachingLexerSimulator}, the attempt's error
   * listener) and returns the stream its parser reads. In the first
   * attempt the whole file is lexed here ({@link LexedTokens}), and a lexer error throws {@link
   * ParseCancellationException} at once; in the reporting one the reader's listener takes the
   * lexer's errors and the parser fetches tokens as it goes ({@link LazyTokens}).
   */
  public static FileTokens tokens(Attempt attempt, Lexer lexer, ANTLRErrorListener lexerErrors) {
    boolean first = attempt == Attempt.FIRST;
    EofCachingLexerSimulator.install(lexer);
    lexer.removeErrorListeners();
    lexer.addErrorListener(first ? CANCEL : lexerErrors);
    return first ? LexedTokens.of(lexer) : new LazyTokens(lexer);
  }

  /**
   * Sets up a fresh parser for the attempt: in the first, any error throws {@link
   * ParseCancellationException} out of the parser's start rule; in the reporting one, the
   * reader's listener takes the errors and the default strategy recovers.
   */
  public static void listen(Attempt attempt, Parser parser, ANTLRErrorListener parserErrors) {
    boolean first = attempt == Attempt.FIRST;
    parser.removeErrorListeners();
    parser.addErrorListener(first ? CANCEL : parserErrors);
    if (first) {
      parser.setErrorHandler(new BailErrorStrategy());
    }
  }
}
