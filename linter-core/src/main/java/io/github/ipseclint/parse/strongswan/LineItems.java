// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.grammar.strongswan.StrongswanLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The tokens of one line after its first token, split at the first include directive. Callers
 * index into the parser's token list (never modified after the parse) instead of taking views
 * or copies: this runs for every line of every file.
 */
final class LineItems {
  private final List<Token> all;
  private final int includeAt;

  private LineItems(List<Token> all, int includeAt) {
    this.all = all;
    this.includeAt = includeAt;
  }

  /** The items of a line whose first token is not an include. */
  static LineItems of(List<Token> items) {
    int includeAt = items.size();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).getType() == StrongswanLexer.INCLUDE) {
        includeAt = i;
        break;
      }
    }
    return new LineItems(items, includeAt);
  }

  /** For a line that starts with an include: everything is from the include on. */
  static LineItems of(Token include, List<Token> items) {
    List<Token> all = new ArrayList<>(items.size() + 1);
    all.add(include);
    all.addAll(items);
    return new LineItems(all, 0);
  }

  /** The index of the first include, or {@link #size()}: items {@code [0, includeAt)} come before it. */
  int includeAt() {
    return includeAt;
  }

  int size() {
    return all.size();
  }

  Token get(int index) {
    return all.get(index);
  }
}
