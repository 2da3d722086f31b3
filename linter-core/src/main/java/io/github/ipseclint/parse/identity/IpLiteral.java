// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.identity;

import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.source.ByteText;
import java.util.Optional;

/**
 * Address literals as {@code inet_pton(3)} reads them: IPv4 strictly as four decimal parts
 * without leading zeros, IPv6 with at most one {@code ::} and an optional dotted IPv4 tail.
 * Never resolves a name (no {@code InetAddress}).
 */
public final class IpLiteral {
  private IpLiteral() {}

  public static Optional<IpAddress> parse(String text) {
    return text.indexOf(':') >= 0 ? v6(text) : v4(text);
  }

  static Optional<IpAddress> v4(String text) {
    byte[] out = new byte[4];
    return v4Into(text, out, 0) ? Optional.of(address(out)) : Optional.empty();
  }

  private static boolean v4Into(String text, byte[] out, int offset) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      String part = parts[i];
      if (part.isEmpty() || part.length() > 3 || part.length() > 1 && part.charAt(0) == '0'
          || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
      int value = Integer.parseInt(part);
      if (value > 255) {
        return false;
      }
      out[offset + i] = (byte) value;
    }
    return true;
  }

  static Optional<IpAddress> v6(String text) {
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return Optional.empty();
    }
    byte[] out = new byte[16];
    if (gap < 0) {
      return groups(text, out, 0, 16) == 16 ? Optional.of(address(out)) : Optional.empty();
    }
    byte[] head = new byte[16];
    byte[] tail = new byte[16];
    int headLength = gap == 0 ? 0 : groups(text.substring(0, gap), head, 0, 16);
    String tailText = text.substring(gap + 2);
    int tailLength = tailText.isEmpty() ? 0 : groups(tailText, tail, 0, 16);
    if (headLength < 0 || tailLength < 0 || headLength + tailLength > 14) {
      return Optional.empty();
    }
    System.arraycopy(head, 0, out, 0, headLength);
    System.arraycopy(tail, 0, out, 16 - tailLength, tailLength);
    return Optional.of(address(out));
  }

  /** Reads colon-separated groups (the last may be dotted IPv4); the byte count, or -1. */
  private static int groups(String text, byte[] out, int offset, int limit) {
    String[] parts = text.split(":", -1);
    int position = offset;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i == parts.length - 1 && part.indexOf('.') >= 0) {
        if (position + 4 > limit || !v4Into(part, out, position)) {
          return -1;
        }
        position += 4;
        continue;
      }
      if (part.isEmpty() || part.length() > 4 || position + 2 > limit
          || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
        return -1;
      }
      int value = Integer.parseInt(part, 16);
      out[position++] = (byte) (value >> 8);
      out[position++] = (byte) value;
    }
    return position - offset;
  }

  private static IpAddress address(byte[] bytes) {
    return new IpAddress(ByteText.of(bytes));
  }
}
