// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Provenance;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;

/**
 * An option's text before typed parsing, with the place it was written and how it reached the
 * section (own, {@code %default}, {@code also=}, swanctl reference).
 *
 * @param key the option's name as the converter asked for it, for messages
 */
record RawValue(String key, ByteText text, Span span, Provenance provenance) {

  String latin1() {
    return text.latin1();
  }

  Located<ByteText> located() {
    return new Located<>(text, span);
  }

  <T> Configured<T> with(T value) {
    return new Configured<>(value, span, provenance);
  }
}
