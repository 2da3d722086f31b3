// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.suppression;

/** What an inline suppression covers. */
public enum SuppressionScope {
  /** The line the comment is on. */
  LINE,
  /** The section whose header line carries the comment, up to the next section. */
  SECTION,
  /** The whole file ({@code disable-file} in the comment block at the top). */
  FILE
}
