// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

/**
 * The part of a value C's {@code strtoul}/{@code strtol} consume, which is all starter's number
 * checks look at: leading white space, an optional sign, an optional {@code 0x} prefix (base 16
 * or 0) or a leading {@code 0} (octal, base 0), then digits. With no digits the end is the start
 * of the text, as glibc sets {@code endptr = nptr}. The value saturates instead of wrapping
 * (starter only compares it with small ranges).
 */
record CNumber(long value, int end) {

  /** Parses {@code text} from {@code start} like {@code strtol(text + start, &end, base)}. */
  static CNumber parse(String text, int start, int base) {
    int i = start;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    boolean negative = false;
    if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    int radix = base;
    if ((base == 0 || base == 16) && i + 2 < text.length() && text.charAt(i) == '0'
        && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')
        && digit(text.charAt(i + 2), 16) >= 0) {
      radix = 16;
      i += 2;
    } else if (base == 0) {
      radix = text.startsWith("0", i) ? 8 : 10;
    }
    int digitsStart = i;
    long value = 0;
    while (i < text.length() && digit(text.charAt(i), radix) >= 0) {
      value = value > Long.MAX_VALUE / radix ? Long.MAX_VALUE : value * radix + digit(text.charAt(i), radix);
      i++;
    }
    if (i == digitsStart) {
      return new CNumber(0, start);
    }
    return new CNumber(negative ? -value : value, i);
  }

  /** True when {@code strtoul(text, &end, base)} leaves nothing after the number. */
  static boolean isWhole(String text, int base) {
    return parse(text, 0, base).end() == text.length();
  }

  /** An ASCII digit of {@code radix}, or -1 (glibc's C locale knows no other digits). */
  private static int digit(char c, int radix) {
    return c < 0x80 ? Character.digit(c, radix) : -1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }
}
