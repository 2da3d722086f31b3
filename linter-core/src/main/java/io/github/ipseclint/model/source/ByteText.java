// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text as the daemons see it: a byte string. Stored with one char per byte (ISO-8859-1) so that
 * CR bytes, non-ASCII bytes and invalid UTF-8 survive unchanged; {@link #display()} is for people.
 */
public record ByteText(String latin1) implements Comparable<ByteText> {
  public static final ByteText EMPTY = new ByteText("");

  public ByteText {
    for (int i = 0; i < latin1.length(); i++) {
      if (latin1.charAt(i) > 0xff) {
        throw new IllegalArgumentException("ByteText holds bytes, got char " + (int) latin1.charAt(i));
      }
    }
  }

  public static ByteText of(byte[] bytes) {
    return new ByteText(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  /** Text written in Java source (tests, messages): encoded as UTF-8 like a config file would be. */
  public static ByteText ofUtf8(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] bytes() {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  public int length() {
    return latin1.length();
  }

  public boolean isEmpty() {
    return latin1.isEmpty();
  }

  /** True when every byte is printable ASCII. */
  public boolean isPrintableAscii() {
    return latin1.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  /**
   * The text for people: UTF-8 decoded when valid, control bytes and invalid sequences written
   * as C-style escapes ({@code \r}, {@code \x80}) so that a stray CR is visible in a message.
   */
  public String display() {
    String decoded = decodeUtf8OrNull();
    StringBuilder out = new StringBuilder(latin1.length());
    if (decoded != null) {
      decoded.codePoints().forEach(cp -> appendVisible(out, cp));
    } else {
      latin1.chars().forEach(b -> appendVisible(out, b >= 0x80 ? -b : b));
    }
    return out.toString();
  }

  private String decodeUtf8OrNull() {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** A negative code point marks a raw byte that is not valid UTF-8. */
  private static void appendVisible(StringBuilder out, int codePoint) {
    switch (codePoint) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (codePoint < 0) {
          out.append(String.format("\\x%02x", -codePoint));
        } else if (codePoint < 0x20 || codePoint == 0x7f) {
          out.append(String.format("\\x%02x", codePoint));
        } else {
          out.appendCodePoint(codePoint);
        }
      }
    }
  }

  @Override
  public int compareTo(ByteText other) {
    return latin1.compareTo(other.latin1);
  }

  @Override
  public String toString() {
    return display();
  }
}
