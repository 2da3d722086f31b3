// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.dump;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Span;

/**
 * Builds the indented text of {@code ipseclint dump}: one node per line, values in double quotes
 * with control and non-UTF-8 bytes escaped, and every node followed by its span.
 */
public final class DumpWriter {
  private final StringBuilder out = new StringBuilder();
  private int depth;

  public DumpWriter line(String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
    return this;
  }

  public DumpWriter line(String text, Span span) {
    return line(text + " @" + location(span));
  }

  public DumpWriter indent() {
    depth++;
    return this;
  }

  public DumpWriter outdent() {
    depth--;
    return this;
  }

  /**
   * A comment, masked when it shares a line with a secret: text after {@code #} there is often the
   * rest of a secret that the daemon cut off ({@code secret = abc#def}).
   */
  public DumpWriter comment(io.github.ipseclint.model.source.Comment comment, boolean onSecretLine) {
    return line("comment " + (onSecretLine ? "\"********\"" : quote(comment.text())), comment.span());
  }

  /** A value quoted for the dump: {@code "a\"b"}, with escapes made visible. */
  public static String quote(ByteText text) {
    return "\"" + text.display().replace("\"", "\\\"") + "\"";
  }

  /** {@code line:col-line:col}, prefixed with the file when it is not the dump's own file. */
  public static String location(Span span) {
    return span.range();
  }

  /** {@code file line:col-line:col}, for spans that may lie in an included file. */
  public static String fullLocation(Span span) {
    return span.file().displayPath() + " " + span.range();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
