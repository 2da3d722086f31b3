// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.secrets.SecretEncoding;
import java.util.Arrays;

/**
 * strongSwan's reading of an unquoted secret (stroke_cred.c, chunk_from_hex, chunk_from_base64):
 * lenient, it never rejects anything (formats.md §4.3).
 */
public final class StrongswanSecretDecoder {
  private StrongswanSecretDecoder() {}

  /** Decodes an unquoted token; quoted tokens are always literal and never come here. */
  public static Decoded decodeUnquoted(byte[] token) {
    if (token.length > 2 && token[0] == '0' && (token[1] == 'x' || token[1] == 'X')) {
      return Decoded.ok(SecretEncoding.HEX, hex(Arrays.copyOfRange(token, 2, token.length)));
    }
    if (token.length > 2 && token[0] == '0' && (token[1] == 's' || token[1] == 'S')) {
      return Decoded.ok(SecretEncoding.BASE64, base64(Arrays.copyOfRange(token, 2, token.length)));
    }
    return Decoded.ok(SecretEncoding.PLAIN_TEXT, token.clone());
  }

  /** chunk_from_hex: a second lower-case 0x is skipped, ':' skipped, odd count padded, junk = 0. */
  public static byte[] hex(byte[] digits) {
    int from = digits.length > 1 && digits[0] == '0' && digits[1] == 'x' ? 2 : 0;
    int count = 0;
    for (int i = from; i < digits.length; i++) {
      if (digits[i] != ':') {
        count++;
      }
    }
    boolean odd = count % 2 != 0;
    int length = (count + 1) / 2;
    byte[] out = new byte[length];
    int position = digits.length;
    for (int i = length - 1; i >= 0; i--) {
      position = previousDigit(digits, position, from);
      int value = nibble(digits[position]);
      if (i > 0 || !odd) {
        position = previousDigit(digits, position, from);
        value |= nibble(digits[position]) << 4;
      }
      out[i] = (byte) value;
    }
    return out;
  }

  private static int previousDigit(byte[] digits, int position, int from) {
    int index = position - 1;
    while (index > from && digits[index] == ':') {
      index--;
    }
    return index;
  }

  private static int nibble(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return 0;
  }

  /** chunk_from_base64: only full groups of four, '+'/'-' and '/'/'_' alike, junk = 0. */
  public static byte[] base64(byte[] text) {
    int length = text.length / 4 * 3;
    byte[] out = new byte[length];
    int outLength = 0;
    int position = 0;
    for (int i = 0; i < length; i += 3) {
      outLength += 3;
      int[] group = new int[4];
      for (int j = 0; j < 4; j++) {
        if (text[position] == '=' && outLength > 0) {
          outLength--;
          group[j] = 0;
        } else {
          group[j] = sextet(text[position]);
        }
        position++;
      }
      out[i] = (byte) ((group[0] << 2) | (group[1] >> 4));
      out[i + 1] = (byte) ((group[1] << 4) | (group[2] >> 2));
      out[i + 2] = (byte) ((group[2] << 6) | group[3]);
    }
    return Arrays.copyOf(out, outLength);
  }

  private static int sextet(byte b) {
    if (b >= 'A' && b <= 'Z') {
      return b - 'A';
    }
    if (b >= 'a' && b <= 'z') {
      return b - 'a' + 26;
    }
    if (b >= '0' && b <= '9') {
      return b - '0' + 52;
    }
    if (b == '+' || b == '-') {
      return 62;
    }
    if (b == '/' || b == '_') {
      return 63;
    }
    return 0;
  }
}
