// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

import java.util.Arrays;

/**
 * Secret bytes (a PSK, a password, a passphrase) that never show themselves: {@link #toString()}
 * is {@code ********}, so a secret cannot leak into a message, a dump or a failed assertion by
 * accident. Rules ask questions ({@link #length()}, {@link #isPrintableAscii()}) instead of
 * reading the bytes; {@link #copyOfBytes()} exists for checks that must see them (entropy,
 * comparison) and must never be used for display.
 */
public final class SecretBytes {
  public static final SecretBytes EMPTY = new SecretBytes(new byte[0]);
  private static final String MASK = "********";

  private final byte[] bytes;

  private SecretBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  public static SecretBytes of(byte[] bytes) {
    return new SecretBytes(bytes.clone());
  }

  public int length() {
    return bytes.length;
  }

  public boolean isEmpty() {
    return bytes.length == 0;
  }

  /** True when every byte is printable ASCII. */
  public boolean isPrintableAscii() {
    for (byte b : bytes) {
      if (b < 0x20 || b >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** True when the bytes start with the given ASCII text (for prefix checks such as {@code 0x}). */
  public boolean startsWith(String ascii) {
    if (ascii.length() > bytes.length) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (bytes[i] != (byte) ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A copy of the bytes, for checks only; never display them. */
  public byte[] copyOfBytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SecretBytes that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return MASK;
  }
}
