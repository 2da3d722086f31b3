// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Span;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The value of {@code key = ...}: words and quoted strings, which the daemon joins with exactly
 * one SPACE ({@code a = foo"bar"baz} is {@code foo bar baz}). {@code key = ""} is one empty part.
 */
public record SettingsValue(List<SettingsValuePart> parts, Span span) {

  public SettingsValue {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a value has at least one part");
    }
  }

  /** The bytes the daemon stores. */
  public ByteText text() {
    return new ByteText(parts.stream().map(part -> part.text().latin1()).collect(Collectors.joining(" ")));
  }

  /** Never shows the bytes: the value may be a secret. */
  @Override
  public String toString() {
    return "value(" + text().length() + " bytes)@" + span;
  }
}
