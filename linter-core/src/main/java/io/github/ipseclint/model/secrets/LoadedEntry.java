// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

/**
 * An entry in the order the daemon meets it (includes expanded in place), with the include
 * depth it was read at. {@code entry().loaded()} says whether the daemon keeps it.
 */
public record LoadedEntry(SecretEntry entry, int includeLevel) {
  public boolean loaded() {
    return entry.loaded();
  }
}
