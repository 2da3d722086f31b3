// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.grammar.strongswan.StrongswanLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The tokens of one line after its first token, split at the first include directive. The tree
 * builder indexes into the parser's token list (never modified after the parse) with the split
 * point, instead of taking views, copies or a holder object: this runs for every line of every file.
 */
final class LineItems {
  private LineItems() {}

  /** The index of the first include in {@code items}, or its size: items before it belong to the line's statement. */
  static int includeAt(List<Token> items) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).getType() == StrongswanLexer.INCLUDE) {
        return i;
      }
    }
    return items.size();
  }

  /** For a line that starts with an include: the include and the items, all from the include on. */
  static List<Token> withInclude(Token include, List<Token> items) {
    List<Token> all = new ArrayList<>(items.size() + 1);
    all.add(include);
    all.addAll(items);
    return all;
  }
}
