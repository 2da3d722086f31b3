// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Span;

/**
 * One token of a value: {@link #text()} is its content after unquoting and escapes,
 * {@link #span()} covers the token including its quotes.
 */
public record ValuePart(ByteText text, Quoting quoting, Span span) {}
