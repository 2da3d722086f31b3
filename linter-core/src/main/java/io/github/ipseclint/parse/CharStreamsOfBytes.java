// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import io.github.ipseclint.model.source.SourceFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;

/**
 * The lexers' input: one char per byte (ISO-8859-1), as {@link SourceFile#text()} describes,
 * built straight over a copy of the file's bytes. {@code CharStreams.fromString(file.text())}
 * gives the same stream but decodes the text and re-encodes it char by char, which costs more
 * than lexing a small file.
 */
public final class CharStreamsOfBytes {
  private CharStreamsOfBytes() {}

  public static CharStream of(SourceFile file) {
    return of(file.bytes(), file.displayPath());
  }

  /** The file with a line feed appended when it has content and does not end with one. */
  public static CharStream ofLineEnded(SourceFile file) {
    byte[] bytes = file.bytes();
    if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
      bytes = Arrays.copyOf(bytes, bytes.length + 1);
      bytes[bytes.length - 1] = '\n';
    }
    return of(bytes, file.displayPath());
  }

  /** Text derived from a file's text (every char below 256), under the file's name. */
  public static CharStream ofLatin1(String text, String name) {
    return of(text.getBytes(StandardCharsets.ISO_8859_1), name);
  }

  private static CharStream of(byte[] bytes, String name) {
    // A BYTE buffer: the stream reads each byte as its unsigned value, one char per byte.
    return CodePointCharStream.fromBuffer(CodePointBuffer.withBytes(ByteBuffer.wrap(bytes)), name);
  }
}
