// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.grammar.libreswansecrets.LibreswanSecretsParser;
import io.github.ipseclint.model.secrets.SecretQuoting;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.parse.TokenSpans;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Turns the parse tree into records of {@link LibreswanToken}s (lex.c's view); {@link
 * LibreswanRecordReader} then reads each record as secrets.c does.
 */
final class LibreswanSecretsTreeBuilder {
  private final SourceFile file;

  LibreswanSecretsTreeBuilder(SourceFile file) {
    this.file = file;
  }

  /** The indented lines before the first record, each as its tokens. */
  List<List<LibreswanToken>> orphans(LibreswanSecretsParser.SecretsFileContext tree) {
    List<List<LibreswanToken>> lines = new ArrayList<>(tree.orphans.size());
    for (LibreswanSecretsParser.OrphanLineContext line : tree.orphans) {
      lines.add(tokens(line.tokens, new ArrayList<>()));
    }
    return List.copyOf(lines);
  }

  List<List<LibreswanToken>> records(LibreswanSecretsParser.SecretsFileContext tree) {
    List<List<LibreswanToken>> records = new ArrayList<>(tree.records.size());
    for (LibreswanSecretsParser.RecordContext record : tree.records) {
      List<LibreswanToken> tokens = tokens(record.first.tokens, new ArrayList<>());
      for (LibreswanSecretsParser.ContinuationContext line : record.continuations) {
        tokens(line.tokens, tokens);
      }
      records.add(tokens);
    }
    return List.copyOf(records);
  }

  private List<LibreswanToken> tokens(List<Token> parsed, List<LibreswanToken> out) {
    for (Token token : parsed) {
      addToken(out, token);
    }
    return out;
  }

  private void addToken(List<LibreswanToken> tokens, Token token) {
    String text = token.getText();
    Span span = TokenSpans.of(file, token);
    int type = token.getType();
    if (type == LibreswanSecretsParser.QUOTED) {
      tokens.add(new LibreswanToken(text.substring(1, text.length() - 1),
          SecretQuoting.ofQuote(text.charAt(0)), false, false, span));
    } else if (type == LibreswanSecretsParser.UNTERMINATED) {
      tokens.add(new LibreswanToken(text, SecretQuoting.ofQuote(text.charAt(0)), true, false, span));
    } else if (type == LibreswanSecretsParser.WORD && text.length() > 1 && text.endsWith(":")) {
      Span word = new Span(file, span.line(), span.column(), span.endLine(), span.endColumn() - 1);
      Span colon = new Span(file, span.endLine(), span.endColumn() - 1, span.endLine(), span.endColumn());
      String head = text.substring(0, text.length() - 1);
      tokens.add(new LibreswanToken(head, SecretQuoting.NONE, false, head.equals(":"), word));
      tokens.add(new LibreswanToken(":", SecretQuoting.NONE, false, true, colon));
    } else {
      tokens.add(new LibreswanToken(text, SecretQuoting.NONE, false, text.equals(":"), span));
    }
  }
}
