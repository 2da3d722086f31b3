// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.secrets;

import static io.github.ipseclint.rules.secrets.WrittenSecrets.bytes;

import io.github.ipseclint.engine.DocumentRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.secrets.SecretEncoding;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretValue;
import io.github.ipseclint.model.settings.SettingsValuePart;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.parse.settings.SwanctlSecretsConverter;
import io.github.ipseclint.rules.secrets.WrittenSecrets.SwanctlSecret;

/**
 * A backslash in a secret means different things per format (formats.md §3.5, §4.3, §6.3):
 * ipsec.secrets keeps it as a key byte (both daemons), a quoted swanctl.conf string treats it as
 * an escape ({@code \d} is {@code d}, {@code \n} a line feed). A key copied between the formats,
 * or written with escapes in mind, silently changes.
 */
@LintRule(id = "secret-escape-sequence", name = "SecretEscapeSequence", severity = Severity.WARNING,
    tags = {Tag.SECRETS, Tag.CORRECTNESS},
    description = "A backslash in a secret is read differently by ipsec.secrets and swanctl.conf, so the key may not be what was meant")
public final class SecretEscapeSequence implements DocumentRule {

  @Override
  public void check(Document document, Reporter reporter) {
    for (SecretEntry entry : WrittenSecrets.entries(document)) {
      SecretValue value = entry.value().orElseThrow();
      if (value.encoding() == SecretEncoding.HEX || value.encoding() == SecretEncoding.BASE64
          || QuoteInsideQuotedSecret.isCutByQuote(entry)) {
        continue;
      }
      long backslashes = count(value.written().copyOfBytes());
      if (backslashes > 0) {
        reporter.report(value.span(), "ipsec.secrets has no escape sequences: the daemon keeps the %d backslash%s"
            + " of this secret as key bytes (a %s key), while swanctl.conf and C-style tools would read them as"
            + " escapes; if a backslash is meant, keep it, otherwise remove it, or write the key as 0x hex to be"
            + " unambiguous", backslashes, backslashes == 1 ? "" : "es", bytes(value.written().length()));
      }
    }
    for (SwanctlSecret secret : WrittenSecrets.swanctl(document)) {
      int lost = 0;
      int controls = 0;
      for (SettingsValuePart part : secret.value().parts()) {
        if (!part.quoted()) {
          continue;
        }
        byte[] raw = raw(part.span());
        // raw[0] and the last byte are the quotes; an escape never ends at the closing quote.
        for (int i = 1; i + 1 < raw.length - 1; i++) {
          if (raw[i] != '\\') {
            continue;
          }
          byte next = raw[i + 1];
          if (next == 'n' || next == 'r' || next == 't') {
            controls++;
          } else if (next != '\\' && next != '"' && next != '\n' && next != '\r') {
            lost++;
          }
          i++;
        }
      }
      if (lost + controls > 0) {
        reporter.report(secret.value().span(), "inside quotes swanctl reads a backslash as an escape: %d backslash%s"
            + " before an ordinary character %s dropped and %d \\n, \\r or \\t become%s control bytes, so '%s' sends"
            + " a key of %s; ipsec.secrets would keep the backslashes; write \\\\ for a backslash",
            lost, lost == 1 ? "" : "es", lost == 1 ? "is" : "are", controls, controls == 1 ? "s" : "",
            secret.section(), bytes(SwanctlSecretsConverter.decode(secret.value().text()).length()));
      }
    }
  }

  private static long count(byte[] bytes) {
    long count = 0;
    for (byte b : bytes) {
      if (b == '\\') {
        count++;
      }
    }
    return count;
  }

  /** The bytes of a quoted token as written, quotes included (never shown). */
  private static byte[] raw(Span span) {
    int start = span.file().offset(span.line(), span.column());
    int end = span.file().offset(span.endLine(), span.endColumn());
    return span.file().slice(start, end).bytes();
  }
}
