// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * ANTLR's own stream, which lexes as the parser looks ahead, for the reporting attempt: lexer
 * and parser errors then reach the listeners in the order of a single normal parse.
 */
public final class LazyTokens extends CommonTokenStream implements FileTokens {
  public LazyTokens(Lexer lexer) {
    super(lexer);
  }

  @Override
  public List<Token> everyToken() {
    return getTokens();
  }

  @Override
  public List<Token> declaredChannels() {
    return getTokens().stream().filter(token -> token.getChannel() > Token.HIDDEN_CHANNEL).toList();
  }

  @Override
  public List<Token> parserChannel() {
    return getTokens().stream().filter(token -> token.getChannel() == Token.DEFAULT_CHANNEL).toList();
  }
}
