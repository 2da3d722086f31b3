// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * A small typed parser for one kind of option value.
 *
 * @param expected what a valid value looks like, for the {@code invalid-value} message
 */
record ValueType<T>(String expected, Function<String, Optional<T>> parser) {

  Optional<T> parse(String text) {
    return parser.apply(text);
  }
}
