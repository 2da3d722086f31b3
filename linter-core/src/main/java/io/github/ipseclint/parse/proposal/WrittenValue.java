// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;

/**
 * An option value and the spans of its pieces. Offsets map exactly onto the file when the span is
 * as wide as the text (one unquoted part on one line); for quoted or joined values every piece
 * points at the whole value, which is never wrong, only less precise.
 */
final class WrittenValue {
  private final String text;
  private final Span span;
  private final boolean exact;

  WrittenValue(Located<ByteText> value) {
    this.text = value.value().latin1();
    this.span = value.span();
    this.exact = span.line() == span.endLine() && span.endColumn() - span.column() == text.length();
  }

  String text() {
    return text;
  }

  Span whole() {
    return span;
  }

  /** The span of {@code [start, end)} of the text. */
  Span of(int start, int end) {
    if (!exact) {
      return span;
    }
    return new Span(span.file(), span.line(), span.column() + start, span.line(), span.column() + end);
  }
}
