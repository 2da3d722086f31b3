// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import java.util.ArrayList;
import java.util.List;

/** A piece of an option value with its offsets in the value text, blanks trimmed. */
record Piece(String text, int start, int end) {

  /** {@code [start, end)} of {@code source}, trimmed of blanks. */
  static Piece of(String source, int start, int end) {
    while (start < end && isBlank(source.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(source.charAt(end - 1))) {
      end--;
    }
    return new Piece(source.substring(start, end), start, end);
  }

  /** The pieces between separators, each trimmed; empty pieces included. */
  List<Piece> split(String separators) {
    List<Piece> pieces = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || separators.indexOf(text.charAt(i)) >= 0) {
        Piece piece = Piece.of(text, from, i);
        pieces.add(new Piece(piece.text, start + piece.start, start + piece.end));
        from = i + 1;
      }
    }
    return pieces;
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
