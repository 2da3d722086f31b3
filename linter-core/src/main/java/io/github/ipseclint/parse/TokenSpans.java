// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The one place that turns ANTLR positions into {@link Span}s. The lexers read ISO-8859-1 text,
 * so a token's char index is its byte offset in the file.
 */
public final class TokenSpans {
  private TokenSpans() {}

  public static Span of(SourceFile file, Token token) {
    int start = token.getStartIndex();
    int end = Math.max(start, token.getStopIndex() + 1);
    // The lexer's line saves a search of the line table per token (SourceFile checks it).
    return file.span(start, end, token.getLine());
  }

  public static Span of(SourceFile file, Token first, Token last) {
    int start = first.getStartIndex();
    int end = Math.max(start, last.getStopIndex() + 1);
    return file.span(start, end, first.getLine());
  }

  public static Span of(SourceFile file, ParserRuleContext context) {
    Token stop = context.getStop() == null || context.getStop().getStopIndex() < context.getStart().getStartIndex()
        ? context.getStart()
        : context.getStop();
    return of(file, context.getStart(), stop);
  }
}
