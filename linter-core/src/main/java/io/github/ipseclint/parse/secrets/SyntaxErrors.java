// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Collects ANTLR's lexer and parser errors instead of printing them. The secrets grammars are
 * permissive, so these only appear for input the grammars did not foresee.
 */
final class SyntaxErrors extends BaseErrorListener {
  private final SourceFile file;
  private final List<LineError> errors = new ArrayList<>();

  SyntaxErrors(SourceFile file) {
    this.file = file;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
      int charPositionInLine, String msg, RecognitionException e) {
    Span span;
    if (offendingSymbol instanceof Token token && token.getStartIndex() >= 0) {
      span = io.github.ipseclint.parse.TokenSpans.of(file, token).start();
    } else {
      int offset = Math.min(file.offset(line, charPositionInLine + 1), file.size());
      span = file.span(offset, offset);
    }
    // ANTLR's message quotes the offending text, which may be a secret: keep only its kind.
    errors.add(LineError.dropping(span, "line " + span.line() + ": unexpected input; the daemon rejects this line"));
  }

  List<LineError> errors() {
    return List.copyOf(errors);
  }
}
