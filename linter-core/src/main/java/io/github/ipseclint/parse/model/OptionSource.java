// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import java.util.List;
import java.util.Optional;

/** The effective options of one section, whatever the file format. */
interface OptionSource {
  /** The value of {@code key}, empty when unset (or cleared by an empty value). */
  Optional<RawValue> raw(String key);

  /** The names of the options that have a value, as {@link #raw} takes them. */
  List<String> keys();
}
