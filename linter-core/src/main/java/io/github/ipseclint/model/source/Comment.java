// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.source;


/** A comment as written, including its {@code #}; suppressions are read from these. */
public record Comment(ByteText text, Span span) {}
