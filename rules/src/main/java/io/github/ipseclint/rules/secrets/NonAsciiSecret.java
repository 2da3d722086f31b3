// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.secrets;

import io.github.ipseclint.engine.DocumentRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.secrets.SecretEncoding;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretValue;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.rules.secrets.WrittenSecrets.SwanctlSecret;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * A secret written as text with bytes outside ASCII (formats.md §3.5, §4.3): the daemons use the
 * bytes as stored, without any normalisation, so the key depends on the file's encoding and on
 * how each side's editor composed the characters.
 */
@LintRule(id = "non-ascii-secret", name = "NonAsciiSecret", severity = Severity.WARNING,
    tags = {Tag.SECRETS, Tag.CORRECTNESS},
    description = "A secret written as text contains non-ASCII characters, whose bytes depend on the file's encoding")
public final class NonAsciiSecret implements DocumentRule {

  @Override
  public void check(Document document, Reporter reporter) {
    for (SecretEntry entry : WrittenSecrets.entries(document)) {
      SecretValue value = entry.value().orElseThrow();
      boolean text = value.encoding() != SecretEncoding.HEX && value.encoding() != SecretEncoding.BASE64;
      if (text) {
        report(value.written().copyOfBytes(), value.span(), reporter);
      }
    }
    for (SwanctlSecret secret : WrittenSecrets.swanctl(document)) {
      byte[] written = secret.value().text().bytes();
      boolean prefixed = written.length > 2 && written[0] == '0' && "xXsS".indexOf(written[1]) >= 0;
      if (!prefixed) {
        report(written, secret.value().span(), reporter);
      }
    }
  }

  private static void report(byte[] bytes, Span span, Reporter reporter) {
    int nonAscii = 0;
    for (byte b : bytes) {
      if ((b & 0x80) != 0) {
        nonAscii++;
      }
    }
    if (nonAscii == 0) {
      return;
    }
    String stored = isUtf8(bytes) ? "as UTF-8 in this file" : "in a single-byte encoding such as Latin-1 (not UTF-8)";
    reporter.report(span, "this secret holds %d non-ASCII byte%s, stored %s, and the daemon uses the bytes as they"
        + " are: a peer whose file uses another encoding or Unicode normalisation derives a different key; write"
        + " the key as 0x hex or use ASCII only", nonAscii, nonAscii == 1 ? "" : "s", stored);
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
