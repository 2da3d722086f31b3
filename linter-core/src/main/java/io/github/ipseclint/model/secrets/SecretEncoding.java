// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

/** How the bytes of a secret are written (formats.md §4.3, §6.3). */
public enum SecretEncoding {
  /** Quoted: the bytes between the quotes, literally. */
  QUOTED_TEXT,
  /** strongSwan: an unquoted word without prefix, the bytes as written. */
  PLAIN_TEXT,
  /** {@code 0x}: hex (strongSwan lenient, Libreswan strict). */
  HEX,
  /** {@code 0s}: base64 (strongSwan lenient, Libreswan strict). */
  BASE64,
  /** Libreswan {@code 0t}: text to the end of the line. */
  TEXT_PREFIX;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
