// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.secrets.SecretEncoding;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Libreswan's reading of an unquoted (or backtick-quoted) secret (ttodata.c): strict, with the
 * daemon's reasons for rejecting it (formats.md §6.3).
 */
public final class LibreswanSecretDecoder {
  static final String NO_PREFIX = "input does not begin with format prefix";
  static final String UNKNOWN_PREFIX = "unknown format prefix";
  static final String TOO_SHORT = "input too short to be valid";
  static final String NO_DATA = "no data bytes specified by input";
  static final String MID_BYTE = "input ends in mid-byte, perhaps truncated";
  static final String UNKNOWN_CHARACTER = "unknown character in input";
  static final String NONZERO_PADDING = "non-zero padding in base64 input";

  private LibreswanSecretDecoder() {}

  public static Decoded decodeUnquoted(byte[] token) {
    if (token.length < 2) {
      return Decoded.rejected(SecretEncoding.PLAIN_TEXT, token.length == 0 || token[0] != '0' ? NO_PREFIX : TOO_SHORT);
    }
    if (token[0] != '0') {
      return Decoded.rejected(SecretEncoding.PLAIN_TEXT, NO_PREFIX);
    }
    byte[] data = Arrays.copyOfRange(token, 2, token.length);
    switch (token[1]) {
      case 'x', 'X' -> {
        return data.length == 0 ? Decoded.rejected(SecretEncoding.HEX, NO_DATA) : hex(data);
      }
      case 's', 'S' -> {
        return data.length == 0 ? Decoded.rejected(SecretEncoding.BASE64, NO_DATA) : base64(data);
      }
      case 't', 'T' -> {
        return Decoded.ok(SecretEncoding.TEXT_PREFIX, data);
      }
      default -> {
        return Decoded.rejected(SecretEncoding.PLAIN_TEXT, UNKNOWN_PREFIX);
      }
    }
  }

  /** Hex digit pairs; one '_' may separate two pairs. */
  public static Decoded hex(byte[] digits) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pending = -1;
    boolean underscoreAllowed = false;
    for (byte b : digits) {
      if (b == '_' && underscoreAllowed) {
        underscoreAllowed = false;
        continue;
      }
      int value = Character.digit((char) (b & 0xff), 16);
      if (value < 0 || (b & 0xff) > 0x7f) {
        return Decoded.rejected(SecretEncoding.HEX, UNKNOWN_CHARACTER);
      }
      if (pending < 0) {
        pending = value;
        underscoreAllowed = false;
      } else {
        out.write(pending << 4 | value);
        pending = -1;
        underscoreAllowed = true;
      }
    }
    if (pending >= 0) {
      return Decoded.rejected(SecretEncoding.HEX, MID_BYTE);
    }
    return out.size() == 0
        ? Decoded.rejected(SecretEncoding.HEX, NO_DATA)
        : Decoded.ok(SecretEncoding.HEX, out.toByteArray());
  }

  /** Standard base64 in full groups of four with '=' padding and zero padding bits. */
  static Decoded base64(byte[] text) {
    if (text.length % 4 != 0) {
      return Decoded.rejected(SecretEncoding.BASE64, MID_BYTE);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int group = 0; group < text.length; group += 4) {
      int padding = 0;
      int bits = 0;
      for (int j = 0; j < 4; j++) {
        byte b = text[group + j];
        boolean last = group + 4 == text.length;
        if (b == '=' && last && j >= 2 && (padding > 0 || j == 2 || text[group + 3] == '=')) {
          padding++;
          bits <<= 6;
          continue;
        }
        int value = sextet(b);
        if (value < 0 || padding > 0) {
          return Decoded.rejected(SecretEncoding.BASE64, UNKNOWN_CHARACTER);
        }
        bits = bits << 6 | value;
      }
      if (padding == 2 && (bits & 0xffff) != 0 || padding == 1 && (bits & 0xff) != 0) {
        return Decoded.rejected(SecretEncoding.BASE64, NONZERO_PADDING);
      }
      out.write(bits >> 16 & 0xff);
      if (padding < 2) {
        out.write(bits >> 8 & 0xff);
      }
      if (padding < 1) {
        out.write(bits & 0xff);
      }
    }
    return Decoded.ok(SecretEncoding.BASE64, out.toByteArray());
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
    if (b == '+') {
      return 62;
    }
    return b == '/' ? 63 : -1;
  }
}
