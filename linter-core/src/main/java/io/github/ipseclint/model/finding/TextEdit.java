// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.finding;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Span;

/**
 * Replace the bytes of {@code deleted} with {@code inserted}; an empty span inserts. Edits are
 * only ever built from configuration text that is not secret.
 */
public record TextEdit(Span deleted, ByteText inserted) {

  public static TextEdit insertAfter(Span span, String text) {
    Span end = new Span(span.file(), span.endLine(), span.endColumn(), span.endLine(), span.endColumn());
    return new TextEdit(end, ByteText.ofUtf8(text));
  }

  public static TextEdit replace(Span span, String text) {
    return new TextEdit(span, ByteText.ofUtf8(text));
  }
}
