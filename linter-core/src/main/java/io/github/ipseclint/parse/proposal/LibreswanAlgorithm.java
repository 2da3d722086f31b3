// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import java.util.Optional;

/** One algorithm as written in a Libreswan group, with a key length written after {@code -}. */
record LibreswanAlgorithm(Piece name, Optional<Piece> length) {

  /** From the start of the name to the end of the key length. */
  int end() {
    return length.map(Piece::end).orElse(name.end());
  }

  String written() {
    return name.text() + length.map(l -> "-" + l.text()).orElse("");
  }
}
