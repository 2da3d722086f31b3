// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * The token stream a reader's parser reads, which can also list every token the lexer produced,
 * on every channel, for the readers that look at comments and hidden tokens after the parse.
 * {@link FirstAttempt#tokens} gives each attempt its kind of stream.
 */
public interface FileTokens extends TokenStream {
  /** Every token lexed so far, in file order; the whole file once the parser has matched EOF. */
  List<Token> everyToken();

  /**
   * The tokens of {@link #everyToken()} on the channels the lexer grammar declares itself
   * ({@code channels { COMMENTS }}): neither the parser's channel nor {@code HIDDEN}, in file
   * order. What the comment scans read, without walking every blank of every line (in the
   * settings formats most tokens are hidden blanks).
   */
  List<Token> declaredChannels();

  /**
   * The tokens on the parser's channel, in file order, EOF last, once the parser has matched EOF:
   * for tree builders that read a rule's tokens between two labelled tokens of it, where a list
   * label would fill a list per rule context.
   */
  List<Token> parserChannel();
}
