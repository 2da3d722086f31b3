// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.grammar.strongswan.StrongswanLexer;
import io.github.ipseclint.grammar.strongswan.StrongswanParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** The tokens of one line after its first token, split at the first include directive. */
record LineItems(List<Token> beforeInclude, List<Token> fromInclude) {

  LineItems {
    beforeInclude = List.copyOf(beforeInclude);
    fromInclude = List.copyOf(fromInclude);
  }

  static LineItems of(List<StrongswanParser.ItemContext> items) {
    return split(tokens(items));
  }

  /** For a line that starts with an include. */
  static LineItems of(Token include, List<StrongswanParser.ItemContext> items) {
    List<Token> all = new ArrayList<>();
    all.add(include);
    all.addAll(tokens(items));
    return new LineItems(List.of(), all);
  }

  List<Token> all() {
    List<Token> all = new ArrayList<>(beforeInclude);
    all.addAll(fromInclude);
    return all;
  }

  private static List<Token> tokens(List<StrongswanParser.ItemContext> items) {
    // An item is exactly one token (the grammar accepts every token after a line's first one),
    // so its start token is the token; reading it avoids two child look-ups per item.
    List<Token> tokens = new ArrayList<>(items.size());
    for (StrongswanParser.ItemContext item : items) {
      tokens.add(item.getStart());
    }
    return tokens;
  }

  private static LineItems split(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).getType() == StrongswanLexer.INCLUDE) {
        return new LineItems(tokens.subList(0, i), tokens.subList(i, tokens.size()));
      }
    }
    return new LineItems(tokens, List.of());
  }
}
