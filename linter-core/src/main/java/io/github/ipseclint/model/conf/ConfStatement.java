// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import io.github.ipseclint.model.source.Span;

/** One line-level statement of an {@code ipsec.conf} file. */
public sealed interface ConfStatement
    permits SectionHeader, Setting, IncludeDirective, VersionLine {

  /** The whole statement, from its first to its last byte (excluding the line feed). */
  Span span();
}
