// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Span;

/**
 * One word or quoted string of a value: {@link #text()} is its content after unquoting and
 * escapes (CR bytes inside quotes dropped), {@link #span()} covers it including its quotes.
 */
public record SettingsValuePart(ByteText text, boolean quoted, Span span) {

  /** Never shows the bytes: the part may belong to a secret. */
  @Override
  public String toString() {
    return (quoted ? "quoted" : "word") + "(" + text.length() + " bytes)@" + span;
  }
}
